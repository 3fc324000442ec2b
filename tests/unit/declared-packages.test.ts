/**
 * Every package the site's code imports is declared in package.json at one
 * exact version: an import that only works because another package happens
 * to install it breaks on the day that package stops.
 */
import fs from 'node:fs';
import {builtinModules} from 'node:module';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {glob} from 'tinyglobby';

const root = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const declared = {...pkg.dependencies, ...pkg.devDependencies};

/** Module ids the bundler or a test config provides: the site's aliases and Docusaurus' client modules. */
const provided =
  /^(@site|@theme|@theme-original|@theme-init|@generated)\/|^@docusaurus\/[A-Z]|^@docusaurus\/(use|router|renderRoutes|constants|isInternalUrl|lib|Noop)/;

/** The package name of an import specifier ("@a/b/c" → "@a/b", "x/y" → "x"). */
const packageOf = (spec: string) =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');

async function imported(): Promise<Map<string, string>> {
  const files = await glob(
    ['src/**/*.{ts,tsx}', 'scripts/**/*.ts', 'deploy/**/*.{ts,js}', 'tests/**/*.{ts,tsx}', '*.{ts,mts,mjs}'],
    {
      cwd: root,
      ignore: ['**/node_modules/**', 'tests/fixtures/**'],
    },
  );
  const found = new Map<string, string>();
  for (const file of files) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    for (const m of text.matchAll(
      /^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm,
    )) {
      const spec = m[1] ?? m[2];
      if (/^[./]/.test(spec) || spec.startsWith('node:') || provided.test(spec)) continue;
      const name = packageOf(spec);
      if (!builtinModules.includes(name)) found.set(name, file);
    }
  }
  return found;
}

describe('declared packages', () => {
  it('declares every package the code imports', async () => {
    const missing = [...(await imported())].filter(([name]) => !(name in declared) && !(`@types/${name}` in declared));
    expect(missing.map(([name, file]) => `${name} (imported by ${file})`)).toEqual([]);
  });

  it('pins each to one version', () => {
    const ranges = Object.entries(declared).filter(([, version]) => !/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(version));
    expect(ranges.map(([name, version]) => `${name}@${version}`)).toEqual([]);
  });
});
