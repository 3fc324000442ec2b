import type {ArticlePageData} from './pageData';

/**
 * schema.org JSON-LD for an article: a TechArticle, and its resolution as a
 * HowTo whose steps link to their anchors. Link previews and search engines
 * read it; the values all come from the article itself.
 */
export function articleJsonLd(
  meta: ArticlePageData,
  title: string,
  url: string,
  labels: {readonly category: string; readonly audience: readonly string[]},
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'TechArticle',
        '@id': `${url}#article`,
        headline: title,
        description: meta.description,
        identifier: meta.kbId,
        url,
        dateModified: meta.lastReviewed,
        articleSection: labels.category,
        audience: labels.audience.map((a) => ({'@type': 'Audience', audienceType: a})),
        mainEntity: {'@id': `${url}#resolution`},
      },
      {
        '@type': 'HowTo',
        '@id': `${url}#resolution`,
        name: `Resolution: ${title}`,
        step: meta.steps.map((s, i) => ({
          '@type': 'HowToStep',
          position: i + 1,
          url: `${url}#${s.id}`,
          text: s.text,
        })),
      },
    ],
  };
}

/** JSON for a <script> element: "<" escaped so no text can close the tag. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
