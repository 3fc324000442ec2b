/**
 * npm run bench:bundle — what is in the browser bundle: builds a copy of the site with
 * webpack-bundle-analyzer's JSON report on (src/plugins/bundleReport), opens an article page, the home
 * page and /search to see which files each loads first, and lists the largest modules of `main` and of
 * each page's other first-load chunks (gzip), and the packages they come from. Writes the tables to
 * results/bundle-<date>.md and prints them.
 */
import fs from 'node:fs';
import path from 'node:path';
import {startStaticServer} from '../../deploy/serve-static';
import {firstLoad, totalBytes} from './first-load';
import {benchDir, buildSite, kB, launchChromium, prepareSiteCopy, root, table} from './lib';

interface ReportNode {
  readonly label: string;
  readonly path?: string;
  readonly gzipSize?: number;
  readonly parsedSize?: number;
  readonly groups?: readonly ReportNode[];
}

interface Module {
  readonly name: string;
  readonly gzip: number;
  readonly parsed: number;
}

const pages = ['/articles/order-cancelled', '/', '/search'];
const top = 10;

/** The leaves of a chunk's tree: each module, named by its path. */
function modulesOf(node: ReportNode, out: Module[] = []): Module[] {
  if (!node.groups?.length) {
    // "./node_modules/x/y.js", or through the bench copy's links "../../<repo>/node_modules/x/y.js": "node_modules/x/y.js".
    // A concatenated module is named once, not twice over a slash.
    const name = (node.path ?? node.label)
      .replace(/ \(concatenated\)\/.*$/, ' (concatenated)')
      .replace(/^.*?node_modules\//, 'node_modules/')
      .replace(/^\.\//, '');
    out.push({name, gzip: node.gzipSize ?? 0, parsed: node.parsedSize ?? 0});
    return out;
  }
  for (const g of node.groups) modulesOf(g, out);
  return out;
}

/** The package a module comes from ("react-dom", "@docusaurus/theme-classic"), or "site" for our own code. */
function packageOf(name: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(name);
  return m ? m[1] : name.startsWith('src/') ? `site: ${name.split('/').slice(0, 2).join('/')}` : 'other';
}

function summarise(title: string, modules: readonly Module[]): string {
  const byPackage = new Map<string, number>();
  for (const m of modules) byPackage.set(packageOf(m.name), (byPackage.get(packageOf(m.name)) ?? 0) + m.gzip);
  const largest = [...modules].sort((a, b) => b.gzip - a.gzip).slice(0, top);
  const packages = [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    `### ${title}: ${kB(modules.reduce((n, m) => n + m.gzip, 0))} gzip (as parts of their chunk), ${modules.length} modules`,
    '',
    table(
      ['#', 'largest modules', 'gzip', 'minified'],
      largest.map((m, i) => [String(i + 1), `\`${m.name}\``, kB(m.gzip), kB(m.parsed)]),
    ),
    '',
    table(
      ['#', 'by package or folder', 'gzip'],
      packages.map(([p, n], i) => [String(i + 1), p, kB(n)]),
    ),
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const site = path.join(benchDir, 'bundle-site');
  const out = path.join(benchDir, 'out-bundle');
  const report = path.join(benchDir, 'bundle-report.json');
  fs.rmSync(report, {force: true});
  prepareSiteCopy(site);
  console.error('Building with the bundle report on…');
  await buildSite(site, out, {label: 'bundle', env: {KB_BUNDLE_REPORT: report}});
  const chunks = JSON.parse(fs.readFileSync(report, 'utf8')) as ReportNode[];
  const chunkOf = (file: string) => chunks.find((c) => file.endsWith(c.label));

  const server = await startStaticServer({dir: out});
  const context = await launchChromium();
  const lines: string[] = [`# Bundle analysis, ${new Date().toISOString().slice(0, 10)}`, ''];
  try {
    const main = chunks.find((c) => /(^|\/)main\.[^/]*\.js$/.test(c.label));
    if (!main) throw new Error(`No main chunk in ${report}: found ${chunks.map((c) => c.label).join(', ')}`);
    lines.push('## First load per page (gzip, level 9, as the budget test counts it)', '');
    const rows: string[][] = [];
    const routeModules = new Map<string, Module[]>();
    for (const page of pages) {
      const load = await firstLoad(context, server.url, out, page);
      rows.push([
        page,
        kB(totalBytes(load.js)),
        kB(totalBytes(load.css)),
        load.js.map((f) => `${path.basename(f.file)} ${kB(f.gzip)}`).join(', '),
      ]);
      const others = load.js.filter((f) => !/\/(main|runtime~main)\.[^/]*\.js$/.test(f.file));
      routeModules.set(
        page,
        others.flatMap((f) => (chunkOf(f.file) ? modulesOf(chunkOf(f.file)!) : [])),
      );
    }
    lines.push(table(['page', 'JS', 'CSS', 'scripts'], rows), '');
    lines.push(summarise('`main`', modulesOf(main)));
    for (const [page, modules] of routeModules)
      if (modules.length) lines.push(summarise(`${page}: its other first-load chunks`, modules));
  } finally {
    await context.close();
    await new Promise((r) => server.close(r));
  }
  const text = lines.join('\n');
  console.log(text);
  const dir = path.join(root, 'results');
  fs.mkdirSync(dir, {recursive: true});
  const file = path.join(dir, `bundle-${new Date().toISOString().slice(0, 10)}.md`);
  fs.writeFileSync(file, `${text}\n`);
  console.error(`Written to ${path.relative(process.cwd(), file)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
