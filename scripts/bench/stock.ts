/**
 * The stock Docusaurus template we compare against: `create-docusaurus`
 * classic + TypeScript, with the local search plugin (@easyops-cn) as the
 * usual way to get offline search. Kept in the OS temp folder, keyed by
 * versions, so only the first run pays for the scaffold and npm install.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {run} from './lib';

export const stockVersions = {docusaurus: '3.10.2', searchLocal: '0.55.3'} as const;
const dir = path.join(os.tmpdir(), `kb-bench-stock-${stockVersions.docusaurus}-search-${stockVersions.searchLocal}`);
const readyMarker = path.join(dir, 'stock', '.bench-ready');

/** Patches the template's config: local search theme; future.v4 (3.10's template already has it). */
function patchConfig(file: string): string[] {
  let config = fs.readFileSync(file, 'utf8');
  const notes: string[] = [];
  if (/v4:\s*true/.test(config)) notes.push('template already sets future: {v4: true}');
  else if (/future:\s*\{/.test(config)) config = config.replace(/future:\s*\{/, 'future: {v4: true, ');
  else config = config.replace(/presets:\s*\[/, 'future: {v4: true},\n  presets: [');
  if (!config.includes('docusaurus-search-local'))
    config = config.replace(
      /\n(\s*)presets:\s*\[/,
      `\n$1themes: [['@easyops-cn/docusaurus-search-local', {hashed: true}]],\n$1presets: [`,
    );
  if (!config.includes('docusaurus-search-local') || !/v4:\s*true/.test(config))
    throw new Error(`Could not patch ${file}: the template's layout changed`);
  fs.writeFileSync(file, config);
  return notes;
}

/** Returns the stock site folder, scaffolding and installing it on first use. */
export async function ensureStockSite(log: (msg: string) => void): Promise<string> {
  const site = path.join(dir, 'stock');
  if (fs.existsSync(readyMarker)) return site;
  fs.rmSync(dir, {recursive: true, force: true});
  fs.mkdirSync(dir, {recursive: true});
  log(`Scaffolding the stock template in ${site} (first run only)…`);
  await run(
    'npx',
    ['-y', `create-docusaurus@${stockVersions.docusaurus}`, 'stock', 'classic', '--typescript', '--skip-install'],
    {cwd: dir},
  );
  for (const note of patchConfig(path.join(site, 'docusaurus.config.ts'))) log(`  ${note}`);
  const pkgFile = path.join(site, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8')) as Record<string, Record<string, string>>;
  pkg.dependencies['@easyops-cn/docusaurus-search-local'] = stockVersions.searchLocal;
  // @swc/html 1.16.22 lists platform packages that were never published; npm ci then fails (see shared/STYLE.md).
  pkg.overrides = {...pkg.overrides, '@swc/html': '1.16.2'};
  fs.writeFileSync(pkgFile, `${JSON.stringify(pkg, null, 2)}\n`);
  log('  npm install (stock template)…');
  await run('npm', ['install', '--no-audit', '--no-fund'], {cwd: site});
  fs.writeFileSync(readyMarker, new Date().toISOString());
  return site;
}
