import {describe, expect, it} from 'vitest';
import MDXComponents from '../../src/theme/MDXComponents';
import {knownComponents} from '../../src/build/callouts';

describe('MDX components', () => {
  it('registers exactly the components the content checks allow, so articles import nothing', () => {
    const registered = Object.keys(MDXComponents);
    for (const name of knownComponents) {
      expect(registered, name).toContain(name);
      expect(typeof (MDXComponents as Record<string, unknown>)[name], name).toBe('function');
    }
  });
});
