/**
 * Our knowledge base as the stock template would hold it: plain Markdown
 * docs, one folder per guide, callouts turned into headings and paragraphs
 * (Issue, "Cause: …", Resolution as a numbered list), UI paths in bold, our
 * widgets left out. The stock site then builds the same articles with its
 * own theme and the local search plugin.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';

interface GuideEntry {
  readonly id: string;
  readonly title: string;
  readonly routeBasePath?: string;
}

/** A step's text as a list item: the first line after "1. ", later lines indented under it. */
function listItem(text: string): string {
  const lines = text.trim().split('\n');
  return `${['1. ' + lines[0], ...lines.slice(1).map((l) => (l.trim() ? `   ${l}` : ''))].join('\n')}\n`;
}

/** Text outside our components, made safe for Docusaurus' default MDX parsing of .md files. */
const escapeMdx = (text: string) => text.replace(/[{}]/g, (c) => `\\${c}`).replace(/</g, '&lt;');

/** One article's body (MDX with our callouts) as plain Markdown. */
export function calloutsToMarkdown(body: string): string {
  const attr = (attrs: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1] ?? '';
  return (
    body
      .replace(/<UiPath path="([^"]*)" \/>/g, (_, p: string) => `**${p}**`)
      // Our widgets (<SupportedDomains />, <CharacterCheck />) have no stock equivalent: drop their lines.
      .replace(/^[ \t]*<[A-Z][A-Za-z]*[^>]*\/>[ \t]*\n?/gm, '')
      .replace(/<Issue>\n?([\s\S]*?)\n?<\/Issue>/g, (_, t: string) => `## Issue\n\n${t.trim()}`)
      .replace(
        /<Cause([^>]*)>\n?([\s\S]*?)\n?<\/Cause>/g,
        (_, attrs: string, t: string) => `## Cause: ${attr(attrs, 'title')}\n\n${t.trim()}`,
      )
      .replace(/<Step[^>]*>\n?([\s\S]*?)\n?<\/Step>\n?/g, (_, t: string) => listItem(t))
      .replace(/<Resolution>\n?/g, '## Resolution\n\n')
      .replace(/\n?<\/Resolution>/g, '')
      .split('\n')
      .map((line) => (line.startsWith('#') ? line : escapeMdx(line)))
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}

/**
 * Writes the articles of a generated knowledge base (`kbDir`: guides.json and
 * a folder per guide) to `docsOut`/<guide>/*.md; returns how many. Each keeps
 * its URL below the docs: /docs/<guide path><slug>.
 */
export function writeStockDocs(kbDir: string, docsOut: string): number {
  const {guides} = JSON.parse(fs.readFileSync(path.join(kbDir, 'guides.json'), 'utf8')) as {guides: GuideEntry[]};
  fs.rmSync(docsOut, {recursive: true, force: true});
  let count = 0;
  guides.forEach((guide, position) => {
    const from = path.join(kbDir, guide.id);
    const to = path.join(docsOut, guide.id);
    fs.mkdirSync(to, {recursive: true});
    fs.writeFileSync(path.join(to, '_category_.json'), JSON.stringify({label: guide.title, position: position + 1}));
    for (const file of fs.readdirSync(from).filter((f) => f.endsWith('.mdx'))) {
      const {data, content} = matter(fs.readFileSync(path.join(from, file), 'utf8'));
      const frontMatter = {
        title: data.title as string,
        description: data.description as string,
        slug: `/${guide.routeBasePath ?? guide.id}${data.slug as string}`,
        ...(data.sidebar_label ? {sidebar_label: data.sidebar_label as string} : {}),
        keywords: (data.keywords ?? []) as string[],
      };
      fs.writeFileSync(
        path.join(to, file.replace(/\.mdx$/, '.md')),
        matter.stringify(calloutsToMarkdown(content), frontMatter),
      );
      count++;
    }
  });
  return count;
}
