/**
 * A peer's static files served on loopback and one Chromium page on them
 * (Debian's Chromium with the project's flags and a fresh profile, as the
 * benchmarks launch it). All queries of a peer share the page.
 */
import type {Page} from 'playwright-core';
import {startStaticServer} from '../../../deploy/serve-static';
import {launchChromium} from '../../bench/lib';

export interface ServedPage {
  readonly page: Page;
  /** The server's origin, e.g. http://127.0.0.1:40123. */
  readonly url: string;
  close(): Promise<void>;
}

export async function servePage(dir: string): Promise<ServedPage> {
  const server = await startStaticServer({dir});
  const context = await launchChromium();
  return {
    page: await context.newPage(),
    url: server.url,
    async close() {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
