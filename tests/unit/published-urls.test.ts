import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkPublishedUrl} from '../../src/build/publishedUrls';

// A tiny built site: "old-name" was renamed to "new-name" without a redirect,
// "redirected-name" was renamed with one.
const site = path.resolve(__dirname, '../fixtures/renamed-site');

describe('the published URL check', () => {
  it('passes a page and an anchor that exist', () => {
    expect(checkPublishedUrl(site, '/articles/kept#step-1')).toBeNull();
  });

  it('follows the redirect a renamed page leaves behind, anchor included', () => {
    expect(checkPublishedUrl(site, '/articles/redirected-name#cause-one')).toBeNull();
  });

  it('fails a renamed page without a redirect, naming the URL and the fix', () => {
    expect(checkPublishedUrl(site, '/articles/old-name#step-1')).toMatchInlineSnapshot(
      `"Published URL /articles/old-name#step-1 no longer resolves: there is no page at /articles/old-name. Pages that support links point to must keep working: if the article was renamed, add its old path to "redirect_from" in the renamed article's front matter (e.g. redirect_from: [/old-name]), or restore the page."`,
    );
  });

  it('fails an anchor that was removed', () => {
    expect(checkPublishedUrl(site, '/articles/kept#step-3')).toContain(
      'Published URL /articles/kept#step-3 lost its anchor',
    );
  });
});
