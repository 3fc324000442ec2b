import {afterAll, beforeAll, inject} from 'vitest';
import type {BrowserContext} from 'playwright-core';
import {launch, type LaunchOptions} from './browser';

export interface SharedBrowserOptions extends Omit<LaunchOptions, 'baseURL'> {
  /** Let pages read and write the clipboard (the copy-button tests). */
  readonly clipboard?: boolean;
}

/**
 * One Chromium context for the tests of a file or describe block: launched
 * before them, closed after. Returns a getter, since the context exists only
 * once the tests run.
 */
export function sharedBrowser(options: SharedBrowserOptions = {}): () => BrowserContext {
  const baseURL = inject('baseURL');
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    context = await launch({...options, baseURL});
    if (options.clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: baseURL});
  });
  afterAll(() => context?.close());
  return () => {
    if (!context) throw new Error('sharedBrowser(): the browser context is only available inside tests');
    return context;
  };
}
