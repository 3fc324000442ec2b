import {describe, expect, it} from 'vitest';
import {keyBundlerCache} from '../../src/build/bundlerCache';

describe('the bundler cache, keyed on what a plugin changed', () => {
  it('gets another version when the aliases differ, and the same for the same aliases', () => {
    const config = (alias: Record<string, string>) => {
      const c = {experiments: {cache: {type: 'persistent', version: 'client-production-en-3.10.2-abc'}}};
      keyBundlerCache(c, alias);
      return c.experiments.cache.version;
    };
    const split = config({'@generated/routes$': '/site/.docusaurus/kb-lazy-routes/routes.js'});
    expect(split).toMatch(/^client-production-en-3\.10\.2-abc-[0-9a-f]{8}$/);
    expect(config({'@generated/routes$': '/site/.docusaurus/kb-lazy-routes/routes.js'})).toBe(split);
    expect(config({})).not.toBe(split);
  });

  it('leaves a configuration without a persistent cache alone', () => {
    const c = {mode: 'production'};
    keyBundlerCache(c, {a: 1});
    expect(c).toEqual({mode: 'production'});
  });
});
