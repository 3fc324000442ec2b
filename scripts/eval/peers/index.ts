/**
 * The peers of issues 14 and 26, each a Searcher over the same articles: the
 * stock Docusaurus 3.10 template with @easyops-cn/docusaurus-search-local,
 * Pagefind over our own build, and MiniSearch with default settings. Built once into the OS temp folder and reused.
 */
import type {Searcher} from '../metrics';
import type {PeerContext} from './context';

export type {PeerContext} from './context';
import {easyopsSearcher} from './easyops';
import {pagefindSearcher} from './pagefind';
import {miniSearchSearcher} from './minisearch';

/** Opens each peer in turn, so only one browser runs at a time. */
export async function* openPeers(ctx: PeerContext): AsyncGenerator<Searcher> {
  yield await easyopsSearcher(ctx);
  yield await pagefindSearcher(ctx);
  yield await miniSearchSearcher(ctx);
}
