import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadKnowledgeBase} from '../../src/build/content';
import {builtSiteDir} from './browser';
import {checkPublishedUrl, currentPublicUrls, readRegistry} from '../../src/build/publishedUrls';

const root = path.resolve(__dirname, '../..');
const registry = readRegistry(path.join(root, 'tests/published-urls.txt'));

describe('every published URL still resolves in the build', () => {
  it('covers articles, anchors, short links, /symptoms and /troubleshoot', () => {
    expect(registry).toEqual(
      expect.arrayContaining(['/symptoms', '/troubleshoot', '/kb/AMZ-003', '/articles/order-cancelled#step-1']),
    );
  });

  it.each(registry)('%s', (url) => {
    expect(checkPublishedUrl(builtSiteDir, url)).toBeNull();
  });

  it('registers the current public URLs of the eight guide articles', () => {
    // New articles join the registry when published (npm run urls:publish); the guide's are published already.
    const {articles, guides} = loadKnowledgeBase(path.join(root, 'docs'), root);
    const guide = articles.filter((a) => a.guide === 'amz' && Number(a.kbId.slice(4)) <= 8);
    expect(currentPublicUrls(guide, guides).filter((u) => !registry.includes(u))).toEqual([]);
  });
});
