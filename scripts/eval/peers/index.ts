/**
 * The peers of issue 14, each a Searcher over the same articles: the stock
 * Docusaurus 3.10 template with @easyops-cn/docusaurus-search-local, and
 * Pagefind over our own build. Built once into the OS temp folder and reused.
 */
import type {ArticleRoutes} from '../articles';
import type {Searcher} from '../metrics';
import {easyopsSearcher} from './easyops';
import {pagefindSearcher} from './pagefind';

export interface PeerContext {
  /** The repository. */
  readonly root: string;
  /** Our build, which Pagefind indexes. */
  readonly buildDir: string;
  readonly articles: ArticleRoutes;
  /** Progress (stderr). */
  readonly log: (msg: string) => void;
}

/** Opens each peer in turn, so only one browser runs at a time. */
export async function* openPeers(ctx: PeerContext): AsyncGenerator<Searcher> {
  yield await easyopsSearcher(ctx);
  yield await pagefindSearcher(ctx);
}
