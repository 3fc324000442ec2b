import type {ArticleRoutes} from '../articles';

/** What every peer is opened with (its own module, so that the peers and their index import no cycle). */
export interface PeerContext {
  /** The repository. */
  readonly root: string;
  /** Our build, which Pagefind indexes. */
  readonly buildDir: string;
  readonly articles: ArticleRoutes;
  /** Progress (stderr). */
  readonly log: (msg: string) => void;
}
