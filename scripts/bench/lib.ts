/**
 * Shared helpers of the benchmarks (scripts/bench/search.ts, site.ts): a
 * throw-away copy of the site to build in, timed builds, byte counts, a
 * Chromium launcher with the project's flags, and small statistics and
 * markdown-table helpers. Nothing here writes inside the repository.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {spawn} from 'node:child_process';
import {globSync} from 'tinyglobby';
import {chromium, type BrowserContext, type Page} from 'playwright-core';
import {gnuTime, parseGnuTimeMaxRss, watchTreeRss} from './peak-memory';

/** The repository (the site whose copy is built). */
export const root = path.resolve(__dirname, '../..');
/** Everything the benchmarks write: site copies, builds, logs, the stock template. */
export const benchDir = path.join(os.tmpdir(), 'kb-bench');
// The same Chromium and flags as the browser tests.
import {chromiumArgs as chromiumFlags, chromiumPath} from '../../tests/e2e/browser';
export {chromiumFlags, chromiumPath};

const skipInCopy = new Set(['node_modules', 'build', 'build-multi', '.docusaurus', '.git', 'test-results', '.tmp']);

/**
 * Copies a site (`from`: the repository by default, or the stock template)
 * with its current files, so a benchmark sees the other edits in progress,
 * to `dir`, leaving out generated folders. A Docusaurus build
 * writes `.docusaurus/` and `node_modules/.cache/` next to its config: in a
 * copy, the main site's generated files and caches stay untouched.
 * node_modules is a folder of links to the repository's packages, all but
 * `.cache`, so each copy has its own cache that a cold build may delete.
 */
export function prepareSiteCopy(dir: string, from: string = root): void {
  fs.rmSync(dir, {recursive: true, force: true});
  fs.cpSync(from, dir, {
    recursive: true,
    filter: (src) => !skipInCopy.has(path.relative(from, src).split(path.sep)[0]),
  });
  const modules = path.join(dir, 'node_modules');
  fs.mkdirSync(modules);
  for (const entry of fs.readdirSync(path.join(from, 'node_modules'))) {
    if (entry !== '.cache') fs.symlinkSync(path.join(from, 'node_modules', entry), path.join(modules, entry));
  }
}

export interface BuildOptions {
  /** Extra environment, e.g. KB_DOCS_DIR for a generated knowledge base. */
  readonly env?: Record<string, string>;
  /** Delete .docusaurus and node_modules/.cache first, as on a fresh checkout. */
  readonly cold?: boolean;
  /** Name of the log file under benchDir/logs. */
  readonly label: string;
  /** Another config file (--config), e.g. the classic-bundler variant. */
  readonly config?: string;
}

export const buildLog = (label: string): string => path.join(benchDir, 'logs', `${label}.log`);

export interface BuildStats {
  /** Wall-clock milliseconds. */
  readonly ms: number;
  /** Peak memory in bytes: the larger of GNU time's max RSS and the polled RSS of the process tree. */
  readonly peakRss: number;
  /** Where the peak came from: "GNU time" or "/proc". */
  readonly peakSource: string;
}

/** Runs `docusaurus build` in siteDir into outDir; resolves with the wall-clock ms, rejects (with the log's tail) on failure. */
export async function buildSite(siteDir: string, outDir: string, options: BuildOptions): Promise<number> {
  return (await buildSiteWithStats(siteDir, outDir, options)).ms;
}

/** As buildSite, also measuring the build's peak memory (scripts/bench/peak-memory.ts). */
export async function buildSiteWithStats(
  siteDir: string,
  outDir: string,
  {env = {}, cold = true, label, config}: BuildOptions,
): Promise<BuildStats> {
  if (cold)
    for (const d of ['.docusaurus', 'node_modules/.cache'])
      fs.rmSync(path.join(siteDir, d), {recursive: true, force: true});
  fs.rmSync(outDir, {recursive: true, force: true});
  const logFile = buildLog(label);
  fs.mkdirSync(path.dirname(logFile), {recursive: true});
  const log = fs.openSync(logFile, 'w');
  const bin = path.join(siteDir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
  const args = [bin, 'build', siteDir, '--out-dir', outDir, ...(config ? ['--config', config] : [])];
  // GNU time -v writes its report (max RSS) to the log, after the build's own output.
  const [cmd, cmdArgs] = gnuTime ? [gnuTime, ['-v', process.execPath, ...args]] : [process.execPath, args];
  const started = performance.now();
  let polledPeak = 0;
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(cmd, cmdArgs, {cwd: siteDir, env: {...process.env, ...env}, stdio: ['ignore', log, log]});
    const watch = child.pid ? watchTreeRss(child.pid) : undefined;
    child.on('error', reject);
    child.on('exit', (exitCode) => {
      polledPeak = watch?.stop() ?? 0;
      resolve(exitCode);
    });
  });
  const ms = performance.now() - started;
  fs.closeSync(log);
  const output = fs.readFileSync(logFile, 'utf8');
  if (code !== 0) {
    const tail = output.split('\n').slice(-30).join('\n');
    throw new Error(`Build "${label}" failed (exit ${code}); log ${logFile}:\n${tail}`);
  }
  const timePeak = parseGnuTimeMaxRss(output) ?? 0;
  return {ms, peakRss: Math.max(timePeak, polledPeak), peakSource: timePeak >= polledPeak ? 'GNU time' : '/proc'};
}

/** Runs a command; rejects with its output when it fails. */
export function run(
  cmd: string,
  args: readonly string[],
  opts: {cwd: string; env?: NodeJS.ProcessEnv},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe']});
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}:\n${out.slice(-3000)}`)),
    );
  });
}

export const gzipBytes = (file: string): number => zlib.gzipSync(fs.readFileSync(file), {level: 9}).length;

/** Bytes of every file below dir. */
export function dirBytes(dir: string): number {
  return globSync('**', {cwd: dir, absolute: true, dot: true}).reduce((sum, f) => sum + fs.statSync(f).size, 0);
}

export interface SearchChunks {
  readonly files: string[];
  readonly raw: number;
  readonly gzip: number;
}

/**
 * The search as built: the ranking code's chunk (src/search/client.ts imports
 * it lazily) and every file of the split index (assets/search-index/<hash>/,
 * src/search/build/). A first search downloads a few of them, not all.
 */
export function searchChunks(outDir: string): SearchChunks {
  const js = path.join(outDir, 'assets/js');
  const engine = fs.readdirSync(js).find((f) => /^search-engine\.[0-9a-f]+\.js$/.test(f));
  if (!engine)
    throw new Error(`No search-engine.<hash>.js chunk in ${js}: did the lazy import in src/search/client.ts change?`);
  const parent = path.join(outDir, 'assets/search-index');
  const [index] = (fs.existsSync(parent) ? fs.readdirSync(parent) : [])
    .map((d) => path.join(parent, d))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  if (!index) throw new Error(`No ${parent}/<hash>/ folder: expected the search index the kb plugin writes`);
  const indexFiles = globSync('**', {cwd: index, absolute: true, dot: true});
  const files = [path.join(js, engine), ...indexFiles];
  return {
    files,
    raw: files.reduce((s, f) => s + fs.statSync(f).size, 0),
    gzip: files.reduce((s, f) => s + gzipBytes(f), 0),
  };
}

/** Chromium profiles of the benchmarks; Chromium may still write one as it closes, so the folder is emptied on each start. */
const profilesDir = path.join(benchDir, 'chromium-profiles');
export const clearChromiumProfiles = (): void => fs.rmSync(profilesDir, {recursive: true, force: true});

/** Debian's Chromium with a fresh profile. */
export async function launchChromium(): Promise<BrowserContext> {
  if (!fs.existsSync(chromiumPath)) throw new Error(`No Chromium at ${chromiumPath}: apt-get install -y chromium`);
  fs.mkdirSync(profilesDir, {recursive: true});
  const profile = fs.mkdtempSync(path.join(profilesDir, 'profile-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumFlags,
    viewport: {width: 1280, height: 900},
  });
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Nearest-rank percentile. */
export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** kB = 1,000 bytes, as Chrome DevTools and Lighthouse count. */
export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
/** kB below 10 MB, MB above: for whole build folders. */
export const size = (bytes: number): string => (bytes < 10e6 ? kB(bytes) : `${(bytes / 1e6).toFixed(1)} MB`);
export const ms = (x: number): string => `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`;
export const s = (milliseconds: number): string => `${(milliseconds / 1000).toFixed(1)} s`;
export const verdict = (ok: boolean): string => (ok ? 'met' : 'not met');

/** A markdown table. */
export function table(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Benchmarks on a 2-core machine are only as quiet as the machine: print its load with the figures. */
export const machineLoad = (): string =>
  `load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ')} (1 / 5 / 15 min) on ${os.cpus().length} cores`;

/**
 * Waits until `expression` is truthy in the page. Playwright's waitForFunction
 * compiles its predicate in the page, which a Content-Security-Policy without
 * 'unsafe-eval' (ours, as nginx serves it) refuses; evaluate() is not subject to it.
 */
export async function pollUntil(page: Page, expression: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate<unknown>(expression))) {
    if (Date.now() > deadline) throw new Error(`${expression}: still false after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
