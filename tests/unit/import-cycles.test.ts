/**
 * No import cycles in the site's code: a cycle makes a module's exports
 * undefined while the other half of the cycle loads (it depends on which
 * file is imported first), and it ties two folders that should be changed
 * apart. Follows the relative and @site/ imports of src/, scripts/ and
 * deploy/, type-only imports included (they still tie the folders).
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {globSync} from 'tinyglobby';

const root = path.resolve(__dirname, '../..');
const sources = globSync(['src/**/*.{ts,tsx}', 'scripts/**/*.ts', 'deploy/**/*.{ts,js}'], {cwd: root});
const known = new Set(sources);

/** The source file an import specifier of `from` names, if it is one of ours. */
function resolve(from: string, spec: string): string | undefined {
  const base = spec.startsWith('@site/') ? spec.slice('@site/'.length) : path.join(path.dirname(from), spec);
  const candidates = ['', '.ts', '.tsx', '.js', '/index.ts', '/index.tsx'].map((ext) => path.normalize(base + ext));
  return candidates.find((c) => known.has(c));
}

/** Each file's imports of other files of ours. */
function graph(): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const file of sources) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    const specs = [
      ...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)['"]((?:\.{1,2}|@site)\/[^'"]+)['"]/gm),
    ];
    edges.set(file, [...new Set(specs.map((m) => resolve(file, m[1])).filter((f): f is string => !!f))]);
  }
  return edges;
}

/** Every cycle, once each, as the files around it (depth-first, with the path of files being visited). */
function cycles(edges: Map<string, string[]>): string[][] {
  const found = new Map<string, string[]>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === 'open') {
        const cycle = stack.slice(stack.indexOf(next));
        found.set([...cycle].sort().join(' '), cycle);
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of edges.keys()) if (!state.has(file)) visit(file);
  return [...found.values()];
}

describe('imports', () => {
  it('follows the imports it should (a test that finds none would pass on anything)', () => {
    const edges = graph();
    expect(edges.get('src/remark/articleData.ts')).toContain('src/build/store.ts');
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c']]);
  });

  it('has no cycle among the site’s modules', () => {
    expect(cycles(graph()).map((c) => [...c, c[0]].join(' → '))).toEqual([]);
  });
});
