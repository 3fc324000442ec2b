/**
 * Plain Markdown copies of the articles and an llms.txt index
 * (llmstxt.org), for support chatbots and search tools. Built from the same
 * article records as the pages, so they say exactly what the pages say.
 */
import type {ArticleRecord} from '../kb/types';

export function markdownPath(a: ArticleRecord): string {
  return `${a.permalink}.md`;
}

export function articleMarkdown(a: ArticleRecord, siteUrl: string): string {
  const url = `${siteUrl}${a.permalink}`;
  const fixes = (ids: readonly string[]) =>
    ids.length ? ` (fixes: ${ids.map((id) => a.causes.find((c) => c.id === id)?.title ?? id).join('; ')})` : '';
  return [
    `# ${a.kbId}: ${a.title}`,
    '',
    `> ${a.description}`,
    '',
    `URL: ${url}  `,
    `Short link: ${siteUrl}/kb/${a.kbId}  `,
    `Last reviewed: ${a.lastReviewed}`,
    '',
    '## Issue',
    '',
    a.issueText,
    '',
    ...a.causes.flatMap((c) => [`## Cause: ${c.title}`, '', c.text, '', `Link: ${url}#${c.id}`, '']),
    '## Resolution',
    '',
    ...a.steps.map((s, i) => `${i + 1}. ${s.text}${fixes(s.fixes)} — ${url}#${s.id}`),
    '',
    '## Symptoms',
    '',
    ...a.symptoms.map((s) => `- ${s.text}`),
    ...a.statusTexts.map((s) => `- Status: "${s}"`),
    '',
  ].join('\n');
}

export function llmsTxt(articles: readonly ArticleRecord[], siteUrl: string, title: string, summary: string): string {
  return [
    `# ${title}`,
    '',
    `> ${summary}`,
    '',
    'Each article has an Issue, one or more Causes and numbered Resolution steps. Anchors (#cause-…, #step-N) are stable.',
    '',
    '## Articles',
    '',
    ...articles.map((a) => `- [${a.kbId}: ${a.title}](${siteUrl}${markdownPath(a)}): ${a.description}`),
    '',
    '## Optional',
    '',
    `- [Symptom index](${siteUrl}/symptoms): every symptom and status text with its article`,
    `- [Troubleshooter](${siteUrl}/troubleshoot): a guided decision tree`,
    '',
  ].join('\n');
}
