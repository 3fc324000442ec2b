/**
 * Peer: MiniSearch with its default settings over the same article text (title, and the description, issue,
 * causes and steps as one text field): what a developer reaches for first, in process.
 */
import path from 'node:path';
import MiniSearch from 'minisearch';
import {loadKnowledgeBase} from '../../../src/build/content';
import type {Searcher} from '../metrics';
import type {PeerContext} from './context';

export async function miniSearchSearcher(ctx: PeerContext): Promise<Searcher> {
  const {articles} = loadKnowledgeBase(path.join(ctx.root, 'docs'), ctx.root);
  const index = new MiniSearch<{id: string; title: string; text: string}>({fields: ['title', 'text']});
  index.addAll(
    articles.map((a) => ({
      id: a.kbId,
      title: a.title,
      text: [
        a.description,
        a.issueText,
        ...a.causes.map((c) => `${c.title}. ${c.text}`),
        ...a.steps.map((s) => s.text),
      ].join('\n'),
    })),
  );
  return {
    name: 'minisearch',
    async search(q) {
      const ranked = index.search(q).map((r) => String(r.id));
      return {ranked, count: ranked.length};
    },
    close: async () => undefined,
  };
}
