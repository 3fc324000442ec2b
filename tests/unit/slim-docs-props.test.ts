import {describe, expect, it} from 'vitest';
import {docCardUse, isVersionProps, slimVersionProps} from '../../src/plugins/largeGuide/slim';

const props = {
  version: {
    pluginId: 'amz',
    version: 'current',
    docsSidebars: {articles: [{type: 'link', href: '/kb/a', label: 'A', docId: 'a'}]},
    docs: {a: {id: 'a', title: 'A', description: 'About A', sidebar: 'articles'}},
  },
};

describe('version props in the browser', () => {
  it('keeps the sidebars and metadata and drops the doc table', () => {
    const slim = slimVersionProps(props);
    expect(slim.version.docs).toEqual({});
    expect(slim.version.docsSidebars).toEqual(props.version.docsSidebars);
    expect(slim.version.pluginId).toBe('amz');
    expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(props).length);
    expect(props.version.docs).toHaveProperty('a'); // the input is not changed
  });

  it('recognises version props only', () => {
    expect(isVersionProps(props)).toBe(true);
    expect(isVersionProps({tags: []})).toBe(false);
    expect(isVersionProps({version: {docs: {}}})).toBe(false);
    expect(isVersionProps(null)).toBe(false);
  });

  it('keeps the table where a page renders doc cards', () => {
    const registry = `"5e95c892": [() => import("@theme/DocRoot"), "@theme/DocRoot", require.resolveWeak("@theme/DocRoot")],`;
    expect(docCardUse(registry, [['a.mdx', 'Plain text about DocCards in general.']])).toBeUndefined();
    expect(
      docCardUse(registry, [['b.mdx', "import DocCardList from '@theme/DocCardList';\n\n<DocCardList />"]]),
    ).toMatch(/b\.mdx/);
    expect(docCardUse(`"a1": [() => import("@theme/DocCategoryGeneratedIndexPage")],`, [])).toMatch(/category index/);
  });
});
