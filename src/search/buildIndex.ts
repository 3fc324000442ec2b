import type {ArticleRecord} from '../kb/types';
import type {SearchDoc, SearchIndexData} from './types';

/**
 * The search index data, built from the articles' front matter and callouts
 * at build time. The browser builds its MiniSearch index from it on first
 * use, so one compact document list is all a first search downloads.
 */
export function buildSearchIndex(articles: readonly ArticleRecord[]): SearchIndexData {
  const docs: SearchDoc[] = articles.map((a) => {
    const sections = [
      {anchor: '', label: 'Issue', text: a.issueText},
      ...a.causes.map((c) => ({anchor: c.id, label: `Cause: ${c.title}`, text: c.text})),
      ...a.steps.map((s) => ({anchor: s.id, label: `Step ${s.id.replace('step-', '')}`, text: s.text})),
    ];
    return {
      id: a.kbId,
      kbId: a.kbId,
      title: a.title,
      permalink: a.permalink,
      symptoms: a.symptoms.map((s) => s.text).join(' | '),
      statusTexts: a.statusTexts.join(' | '),
      keywords: a.keywords.join(' | '),
      uiPaths: a.uiPaths.join(' | '),
      description: a.description,
      sections,
    };
  });
  return {version: 1, docs};
}
