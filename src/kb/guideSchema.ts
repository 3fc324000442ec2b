import * as z from 'zod';
import {anchorPattern, guideIdPattern, prefixPattern} from './ids';

/** Paths the site itself uses: a guide's articles cannot live there. */
export const reservedPaths = ['kb', 'symptoms', 'troubleshoot', 'search', 'tools', 'authoring', 'assets', 'guides'];

const nonEmpty = z.string().trim().min(1);
const choice = z.object({
  /** Written in front matter (category: ordering); lower-case words joined by hyphens. */
  id: z.string().regex(anchorPattern, 'an id like "order-status"'),
  /** Shown to readers: sidebar groups, the symptom index, article headers. */
  label: nonEmpty,
});

/**
 * One guide: the articles of one integration, with their own KB ID prefix,
 * sidebar, symptom section and search filter. Declared in
 * `<docs>/guides.json`; its articles live in `<docs>/<id>/`.
 */
export const guideSchema = z.object({
  /** Stable id: the folder of the articles, the search filter (?guide=amz), /symptoms/<id>. */
  id: z
    .string()
    .regex(guideIdPattern, 'an id like "amz"')
    .refine((id) => !reservedPaths.includes(id), `an id other than ${reservedPaths.join(', ')}`),
  /** Name shown to readers, e.g. "Amazon Business PunchOut". */
  title: nonEmpty,
  /** KB ID prefix of its articles: AMZ makes AMZ-001, AMZ-002, … */
  prefix: z.string().regex(prefixPattern, 'a prefix of 2 to 5 upper-case letters, like "AMZ"'),
  /** URL path of its articles; defaults to the id. AMZ keeps /articles, where its links were first published. */
  routeBasePath: z
    .string()
    .regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, 'a path like "articles" or "guides/exm"')
    .refine((p) => !reservedPaths.includes(p.split('/')[0]), `a path outside ${reservedPaths.join(', ')}`)
    .optional(),
  /** One sentence on what the guide covers: home page and link previews. */
  description: nonEmpty,
  /** Sidebar groups, in the order a reader meets the problems. */
  categories: z.array(choice).min(1, 'at least 1 category'),
  /** Who reads its articles; front matter `audience` picks from these ids. */
  audiences: z.array(choice).min(1, 'at least 1 audience'),
  /** How the site speaks while this is the only guide published; with several, the help center's words are used. */
  alone: z.object({heading: nonEmpty, tagline: nonEmpty, intro: nonEmpty}).strict().optional(),
});

/**
 * The help center around the guides: its name and how it introduces itself once several guides are
 * published (or while the only guide declares no `alone`). It names no single guide.
 */
export const helpCenterSchema = z
  .object({
    /** The site's name: browser tab, navbar, llms.txt. */
    title: nonEmpty,
    /** The home page's heading. */
    heading: nonEmpty,
    /** One line on what the site is: the site's tagline and the footer. */
    tagline: nonEmpty,
    /** The home page's introduction, under the heading. */
    intro: nonEmpty,
  })
  .strict();

export type HelpCenter = z.output<typeof helpCenterSchema>;

export const guidesFileSchema = z.object({
  $comment: z.string().optional(),
  helpCenter: helpCenterSchema,
  guides: z.array(guideSchema).min(1, 'at least 1 guide'),
});

/** A guide as the site uses it: routeBasePath always set. */
export type Guide = z.output<typeof guideSchema> & {readonly routeBasePath: string};
