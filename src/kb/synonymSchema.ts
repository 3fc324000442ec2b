import * as z from 'zod';

/** A word or a short phrase as a reader types it: letters or digits, at most four words. */
const term = z
  .string()
  .trim()
  .min(1, 'a word')
  .refine((t) => /[\p{L}\p{N}]/u.test(t), 'a word with letters or digits')
  .refine((t) => t.split(/\s+/).length <= 4, 'a word or a phrase of at most 4 words');

/**
 * A guide's synonyms (`<docs>/<guide>/synonyms.json`), the two kinds Algolia, Typesense and
 * Elasticsearch name. Search reads them when ranking and when marking matches; see docs-guide/authoring.mdx
 * for when to add one and when to add words to the article instead.
 */
export const synonymsFileSchema = z
  .object({
    /** What the file is for; ignored. */
    $comment: z.string().optional(),
    /**
     * One-way: a reader's word → the article's words. "parcel" finds articles on shipments; "shipment"
     * does not find articles that say "parcel" (none do).
     */
    oneWay: z.array(z.object({from: term, to: z.array(term).min(1, 'at least 1 word')}).strict()).default([]),
    /** Multi-way: words that mean the same in this guide; any of them finds the others ("cancel", "void"). */
    multiWay: z.array(z.array(term).min(2, 'at least 2 words')).default([]),
  })
  .strict();

export type SynonymsFile = z.output<typeof synonymsFileSchema>;
