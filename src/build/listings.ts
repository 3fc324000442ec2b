/**
 * The lists pages show, built once from the loaded knowledge base: the home
 * page's guides and the symptom index. Both stay small however large the
 * knowledge base grows: past a limit, a guide's articles and symptoms move
 * to their own pages (a guide's sidebar, /symptoms/<guide>, pages of it).
 */
import type {ArticleIndexData} from '../kb/articleIndex';
import type {HomeGuide} from '../kb/home';
import type {SymptomEntry, SymptomGroup, SymptomIndexData, SymptomSection} from '../kb/symptomEntries';
import type {TroubleshooterDefinition} from '../kb/troubleshooter/types';
import type {ArticleRecord, Guide} from '../kb/types';
import type {NamedGroup} from '../search/named';

/** The home page lists a guide's articles while the guide has at most this many. */
export const homeArticlesUpTo = 60;
/** /symptoms shows every entry while the knowledge base has at most this many; above, one page per guide. */
export const inlineSymptomsUpTo = 400;
/** Entries per page of a guide's symptoms. */
export const symptomsPerPage = 300;

export function symptomEntries(a: ArticleRecord, named?: NamedGroup): SymptomEntry[] {
  const base = {
    kbId: a.kbId,
    articleTitle: a.title,
    audience: a.audience,
    // The article answering the guide's named things answers a filter naming one ("Italy", "amazon.it").
    ...(named?.article === a.kbId ? {named: true as const} : {}),
  };
  return [
    ...a.statusTexts.map((text) => ({...base, text, kind: 'status' as const, href: a.permalink})),
    ...a.symptoms.map((s) => ({
      ...base,
      text: s.text,
      kind: 'symptom' as const,
      href: s.cause ? `${a.permalink}#${s.cause}` : a.permalink,
      causeTitle: s.cause ? a.causes.find((c) => c.id === s.cause)?.title : undefined,
    })),
  ];
}

function section(guide: Guide, articles: readonly ArticleRecord[], named?: NamedGroup): SymptomSection {
  const groups: SymptomGroup[] = guide.categories
    .map((c) => ({
      id: c.id,
      label: c.label,
      entries: articles.filter((a) => a.category === c.id).flatMap((a) => symptomEntries(a, named)),
    }))
    .filter((g) => g.entries.length > 0);
  return {guide: guide.id, title: guide.title, groups, ...(named ? {named} : {})};
}

/** Splits a section into pages of at most `size` entries, keeping category order (a category may span pages). */
function paginate(s: SymptomSection, size: number): SymptomSection[] {
  const flat = s.groups.flatMap((g) => g.entries.map((entry) => ({g, entry})));
  const pages: SymptomSection[] = [];
  for (let i = 0; i < Math.max(1, flat.length); i += size) {
    const groups: SymptomGroup[] = [];
    for (const {g, entry} of flat.slice(i, i + size)) {
      const last = groups.at(-1);
      if (last?.id === g.id) (last.entries as SymptomEntry[]).push(entry);
      else groups.push({id: g.id, label: g.label, entries: [entry]});
    }
    pages.push({...s, groups});
  }
  return pages;
}

export interface SymptomPage {
  /** Path without the base URL. */
  readonly path: string;
  readonly data: SymptomIndexData;
}

const audiencesOf = (guides: readonly Guide[]) => {
  const seen = new Map<string, string>();
  for (const g of guides) for (const a of g.audiences) if (!seen.has(a.id)) seen.set(a.id, a.label);
  return [...seen].map(([id, label]) => ({id, label}));
};

/** Every page of the symptom index: /symptoms (every entry while there are few), and per guide /symptoms/<id>[/N]. */
export function symptomPages(
  guides: readonly Guide[],
  articles: readonly ArticleRecord[],
  named: ReadonlyMap<string, NamedGroup> = new Map(),
): SymptomPage[] {
  const sections = guides
    .map((g) => section(g, articles.filter((a) => a.guide === g.id), named.get(g.id)))
    .filter((s) => s.groups.length > 0);
  const count = (s: SymptomSection) => s.groups.reduce((n, g) => n + g.entries.length, 0);
  const total = sections.reduce((n, s) => n + count(s), 0);
  const inline = total <= inlineSymptomsUpTo;
  // Each guide always has its own page, so a link to /symptoms/<id> keeps working as the knowledge base grows.
  const guidePages =
    sections.length > 1 || !inline ? sections.map((s) => ({href: `/symptoms/${s.guide}`, label: s.title, count: count(s)})) : [];
  const pages: SymptomPage[] = [
    {
      path: '/symptoms',
      data: {title: 'Symptom index', sections: inline ? sections : [], audiences: audiencesOf(guides), guidePages, pages: []},
    },
  ];
  for (const s of sections) {
    const guide = guides.find((g) => g.id === s.guide)!;
    const parts = paginate(s, symptomsPerPage);
    const href = (i: number) => `/symptoms/${s.guide}${i === 0 ? '' : `/${i + 1}`}`;
    parts.forEach((part, i) =>
      pages.push({
        path: href(i),
        data: {
          title: `Symptom index: ${s.title}${parts.length > 1 ? ` (page ${i + 1} of ${parts.length})` : ''}`,
          sections: [part],
          audiences: audiencesOf([guide]),
          guidePages,
          pages: parts.length > 1 ? parts.map((_, j) => ({href: href(j), label: String(j + 1), current: i === j})) : [],
        },
      }),
    );
  }
  return pages;
}

/** The guides as the home page shows them. */
export function homeGuides(
  guides: readonly Guide[],
  articles: readonly ArticleRecord[],
  troubleshooters: readonly TroubleshooterDefinition[],
  symptomsHref: (guide: string) => string,
): HomeGuide[] {
  return guides.flatMap((g) => {
    const own = articles.filter((a) => a.guide === g.id);
    if (own.length === 0) return [];
    return [
      {
        id: g.id,
        title: g.title,
        // The guide's own introduction where it has one: what the home page said of it while it was alone.
        description: g.alone?.intro ?? g.description,
        articleCount: own.length,
        firstArticle: own[0].permalink,
        index: `/${g.routeBasePath}`,
        symptomsHref: symptomsHref(g.id),
        troubleshootHref: troubleshooters.find((t) => t.guide === g.id)?.path,
        categories:
          own.length > homeArticlesUpTo
            ? []
            : g.categories
                .map((c) => ({
                  id: c.id,
                  label: c.label,
                  articles: own
                    .filter((a) => a.category === c.id)
                    .map(({kbId, title, description, permalink}) => ({kbId, title, description, permalink})),
                }))
                .filter((c) => c.articles.length > 0),
      },
    ];
  });
}

/** Each guide's article index, at its route base (/articles for AMZ): every article, in KB ID order. */
export function articleIndexPages(
  guides: readonly Guide[],
  articles: readonly ArticleRecord[],
): {path: string; data: ArticleIndexData}[] {
  return guides.flatMap((g) => {
    const own = articles.filter((a) => a.guide === g.id);
    if (own.length === 0) return [];
    const data: ArticleIndexData = {
      guide: {id: g.id, title: g.title, description: g.description},
      categories: g.categories.filter((c) => own.some((a) => a.category === c.id)),
      audiences: g.audiences.filter((x) => own.some((a) => a.audience.includes(x.id))),
      rows: own.map((a) => ({
        kbId: a.kbId,
        title: a.title,
        href: a.permalink,
        category: a.category,
        audience: a.audience,
        lastReviewed: a.lastReviewed,
      })),
    };
    return [{path: `/${g.routeBasePath}`, data}];
  });
}
