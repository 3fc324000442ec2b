import * as z from 'zod';
import {namePattern} from '../search/named';

const name = z.string().trim().min(1, 'a name');
const data = z.record(z.string(), z.unknown());

/**
 * A guide's named things, `docs/<guide>/named.json` (src/search/named.ts): names readers type, each
 * leading search to one article; data that the guide's own answer reads.
 */
export const namedFileSchema = z
  .object({
    /** What the file is for; ignored. */
    $comment: z.string().optional(),
    /** KB ID of the article that answers a query naming one of them. */
    article: z.string().regex(/^[A-Z]{2,5}-\d{3,}$/, 'a KB ID like AMZ-007'),
    /** How one looks when typed (a regular expression), read as one word: an Amazon domain. */
    pattern: z
      .string()
      .refine((p) => {
        try {
          namePattern(p);
          return true;
        } catch {
          return false;
        }
      }, 'a regular expression')
      .refine((p) => !/\((?!\?)/.test(p.replace(/\\./g, '')), 'groups written (?:…), not capturing (…)')
      .refine((p) => {
        try {
          return !new RegExp(p).test('');
        } catch {
          return true;
        }
      }, 'a pattern that matches something, not the empty text')
      .optional(),
    /** Data the guide's answer reads for every entry. */
    data: data.optional(),
    entries: z
      .array(z.object({names: z.array(name).min(1, 'at least 1 name'), data: data.optional()}).strict())
      .min(1, 'at least 1 entry'),
  })
  .strict();
