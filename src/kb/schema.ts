import * as z from 'zod';
import {audiences, categoryIds} from './categories';

import {anchorPattern, kbIdPattern} from './ids';

export {anchorPattern, kbIdPattern};

const nonEmpty = z.string().trim().min(1);

/**
 * The front matter of one knowledge-base article. Every field is read by the
 * site (sidebar, search, symptom index, troubleshooter, short links), so a
 * mistake here must fail the build rather than publish a broken page.
 */
export const articleFrontMatterSchema = z.object({
  /** Stable public ID, e.g. AMZ-003; short links /kb/AMZ-003 are built from it. */
  kb_id: z.string().regex(kbIdPattern, 'an ID like AMZ-001'),
  /** Page title, as the guide words the problem. */
  title: nonEmpty,
  /** The issue in one sentence: meta description and link previews. */
  description: nonEmpty,
  /** URL path of the article below /articles, e.g. /order-cancelled. */
  slug: z.string().regex(/^\/[a-z0-9-]+$/, 'a path like /order-cancelled'),
  /** Sidebar group; one of the categories in src/kb/categories.ts. */
  category: z.enum(categoryIds),
  /**
   * What a user sees or says, in their words: the symptom index and search.
   * A plain text links to the article; {text, cause} links straight to a cause.
   */
  symptoms: z
    .array(z.union([nonEmpty, z.object({text: nonEmpty, cause: z.string().regex(anchorPattern)})]))
    .min(2, 'at least 2 symptoms'),
  /** Exact status or error texts shown by Procurify or Amazon, e.g. "Order Cancelled". */
  status_texts: z.array(nonEmpty).default([]),
  /** Words people search with that the text may not contain: weigh more than body text. */
  keywords: z.array(nonEmpty).default([]),
  /** Who meets this problem or fixes it. */
  audience: z.array(z.enum(audiences)).min(1, 'at least 1 audience'),
  /** KB IDs of articles worth reading next; each must exist. */
  related: z.array(z.string().regex(kbIdPattern, 'an ID like AMZ-001')).default([]),
  /** When support last checked the article against the product (YYYY-MM-DD). */
  last_reviewed: z.coerce.date({error: 'a date like 2026-11-29'}),
  /** Shorter sidebar label; optional. */
  sidebar_label: nonEmpty.optional(),
  /** Former slugs (paths below /articles) that must keep working as redirects. */
  redirect_from: z.array(z.string().regex(/^\/[a-z0-9-]+$/)).default([]),
});

export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;
