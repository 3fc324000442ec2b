import * as z from 'zod';
import {causeAnchorPattern, kbIdPattern, slugPattern} from './ids';

const nonEmpty = z.string().trim().min(1);
const kbId = z.string().regex(kbIdPattern, 'an ID like AMZ-001');

/**
 * What a user sees or says, in their words: the symptom index and search.
 * A plain text links to the article; {text, cause} links straight to a cause.
 * The one source of the symptom-to-cause mapping. Read as {text, cause?}.
 */
const symptomSchema = z
  .union([
    nonEmpty,
    z.object({text: nonEmpty, cause: z.string().regex(causeAnchorPattern, 'an anchor like "cause-test-mode"')}),
  ])
  .transform((s): {text: string; cause?: string} => (typeof s === 'string' ? {text: s} : s));

/** One symptom of an article, as the site reads it. */
export type Symptom = Readonly<z.output<typeof symptomSchema>>;

/**
 * The front matter of one knowledge-base article. Every field is read by the
 * site (sidebar, search, symptom index, troubleshooter, short links), so a
 * mistake here must fail the build rather than publish a broken page. The
 * output is the article record's front-matter half, in camelCase.
 * `category` and `audience` are checked against the article's guide by the
 * loader (src/build/articles.ts), since each guide declares its own.
 */
export const articleFrontMatterSchema = z
  .object({
    /** Stable public ID, the guide's prefix and a number, e.g. AMZ-003; short links /kb/AMZ-003 are built from it. */
    kb_id: kbId,
    /** Page title, as the guide words the problem. */
    title: nonEmpty,
    /** The issue in one sentence: meta description and link previews. */
    description: nonEmpty,
    /** URL path of the article below its guide's path, e.g. /order-cancelled. */
    slug: z.string().regex(slugPattern, 'a path like /order-cancelled'),
    /** Sidebar group: one of the guide's category ids (docs/guides.json). */
    category: nonEmpty,
    /** What users see or say (symptomSchema above); at least two. */
    symptoms: z.array(symptomSchema).min(2, 'at least 2 symptoms'),
    /** Exact status or error texts shown by Procurify or Amazon, e.g. "Order Cancelled". */
    status_texts: z.array(nonEmpty).default([]),
    /** Words people search with that the text may not contain: weigh more than body text. */
    keywords: z.array(nonEmpty).default([]),
    /** Who meets this problem or fixes it: audience ids of the guide. */
    audience: z.array(nonEmpty).min(1, 'at least 1 audience'),
    /** KB IDs of articles worth reading next; each must exist. */
    related: z.array(kbId).default([]),
    /** When support last checked the article against the product (YYYY-MM-DD). */
    last_reviewed: z.coerce.date({error: 'a date like 2026-11-29'}),
    /** Shorter sidebar label; optional. */
    sidebar_label: nonEmpty.optional(),
    /** Former slugs (paths below the guide's path) that must keep working as redirects. */
    redirect_from: z.array(z.string().regex(slugPattern, 'a path like /old-name')).default([]),
  })
  .transform((d) => ({
    kbId: d.kb_id,
    title: d.title,
    description: d.description,
    slug: d.slug,
    category: d.category,
    symptoms: d.symptoms,
    statusTexts: d.status_texts,
    keywords: d.keywords,
    audience: d.audience,
    related: d.related,
    // YAML reads 2026-11-29 as a date; keep the calendar day as written.
    lastReviewed: d.last_reviewed.toISOString().slice(0, 10),
    sidebarLabel: d.sidebar_label ?? d.title,
    redirectFrom: d.redirect_from,
  }));

/** An article's front matter as the site reads it. */
export type ArticleFrontMatter = z.output<typeof articleFrontMatterSchema>;
