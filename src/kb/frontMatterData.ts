import {readArticle} from './articles';

/** Steps and causes as the article page receives them in its front matter. */
export interface ArticleContentData {
  readonly kb_steps: readonly {readonly id: string; readonly text: string}[];
  readonly kb_causes: readonly {readonly id: string; readonly title: string}[];
}

interface Parsed {
  frontMatter: Record<string, unknown>;
  content: string;
}

/**
 * Derived, never written by authors: the steps and causes read from the
 * article's own callouts (src/kb/articles.ts), added under kb_steps and
 * kb_causes. Pages without kb_id pass through unchanged.
 */
export function withArticleData<T extends Parsed>(filePath: string, fileContent: string, parsed: T): T {
  if (typeof parsed.frontMatter.kb_id !== 'string') return parsed;
  const {article} = readArticle(filePath, fileContent);
  if (!article) return parsed; // the build's content check reports why
  const data: ArticleContentData = {
    kb_steps: article.steps.map(({id, text}) => ({id, text})),
    kb_causes: article.causes.map(({id, title}) => ({id, title})),
  };
  return {...parsed, frontMatter: {...parsed.frontMatter, ...data}};
}
