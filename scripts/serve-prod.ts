/**
 * Serves the built site with Debian's nginx, as production does: security
 * headers (a CSP hashed from the build), long-lived caching of hashed assets,
 * gzip (and brotli when its module is installed), the site's redirects as
 * 301s, clean URLs and the site's 404 page. The config is rendered from
 * deploy/nginx.conf.template into a run directory that also holds the pid
 * file, logs and temp files, so nginx needs no system directory.
 *
 *   tsx scripts/serve-prod.ts [--dir build | --releases DIR] [--port 8080] [--host 127.0.0.1] [--prefix DIR] [--config-only]
 *
 * With --releases DIR it serves DIR/current (npm run release): the root goes
 * through the symlink, resolved on every request, so a release switch needs
 * no reload; /assets/ also answers from DIR/shared (earlier releases' assets).
 *
 * With njs (Debian's libnginx-mod-http-js) it also records reader feedback:
 * POST BASE_URL_feedback appends one JSON line per event to
 * FEEDBACK_DIR/feedback.jsonl (deploy/feedback.js; README "Reader feedback").
 *
 * With --releases and njs, the CSP and redirects are the current release's,
 * read per request (deploy/release.js): a switch needs no reload either.
 *
 * Text files get a .gz and .br beside them first (scripts/precompress.ts),
 * which nginx sends as they are. Limits per client, timeouts and a proxy's
 * address (scripts/nginx-limits.ts; README "Limits"): --worker-connections,
 * --client-timeout, --keepalive-timeout, --limit-conn, --limit-rate,
 * --limit-burst, --real-ip-from, or their environment variables.
 *
 * Environment: BUILD_DIR, PORT, HOST, BASE_URL (the one the build used),
 * FEEDBACK_DIR (default ./feedback), NGINX (binary), NGINX_MODULES_DIR
 * (default /usr/lib/nginx/modules), WORKER_CONNECTIONS, CLIENT_TIMEOUT,
 * KEEPALIVE_TIMEOUT, LIMIT_CONN, LIMIT_RATE, LIMIT_BURST, REAL_IP_FROM.
 */
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  contentSecurityPolicy,
  inlineInventory,
  readRedirects,
  redirectMapEntries,
  renderTemplate,
  serverFilesDir,
  writeServerFiles,
  type InlineInventory,
} from './nginx-config';
import {
  limitKnobs,
  openFilesFor,
  realIpConfig,
  resolveLimits,
  resolveRealIpFrom,
  type ServerLimits,
} from './nginx-limits';
import {precompress} from './precompress';
import {firstBlocked, lookupAccount, nobodyAccount, pathChain} from './nginx-workers';
import {currentLink, sharedDir} from './release/store';
import {feedbackConfig, njsModulePath} from './feedback/nginx';

const repoRoot = path.resolve(__dirname, '..');
const templateFile = path.join(repoRoot, 'deploy/nginx.conf.template');
const installHint =
  'Install it with: sudo apt-get update && sudo apt-get install -y --no-install-recommends nginx-light ' +
  '(or "nginx"; add libnginx-mod-http-brotli-filter for brotli), or set NGINX=/path/to/nginx.';
const compressedTypes =
  'text/css text/javascript application/json application/manifest+json application/xml text/plain text/markdown image/svg+xml';

export interface ProdServerOptions {
  /** The built site; default $BUILD_DIR or ./build. */
  readonly dir?: string;
  readonly host?: string;
  /** Default $PORT or 8080; 0 picks a free port. */
  readonly port?: number;
  /** The BASE_URL the site was built with; default $BASE_URL or "/". */
  readonly baseUrl?: string;
  /** Run directory (config, pid, logs, temp files); default a new folder in the OS temp dir. */
  readonly prefix?: string;
  /** A releases folder (npm run release): serve its `current` release instead of `dir`. */
  readonly releases?: string;
  /** Where reader feedback is written (feedback.jsonl); default $FEEDBACK_DIR or ./feedback. */
  readonly feedbackDir?: string;
  /** Connections, timeouts and rates per client (scripts/nginx-limits.ts); default the environment, then defaultLimits. */
  readonly limits?: {readonly [K in keyof ServerLimits]?: number | string};
  /** Addresses or CIDR ranges of a proxy in front whose X-Forwarded-For is trusted; default $REAL_IP_FROM, or none. */
  readonly realIpFrom?: readonly string[] | string;
}

export interface NginxSetup {
  readonly nginx: string;
  readonly prefix: string;
  readonly configFile: string;
  readonly errorLog: string;
  /** The build the config was computed from (the current release's real path with --releases). */
  readonly buildDir: string;
  /** What nginx's root points at: the build, a readable copy of it, or RELEASES/current. */
  readonly servedDir: string;
  /** Who the workers run as, and why. */
  readonly workers: string;
  readonly baseUrl: string;
  readonly url: string;
  readonly csp: string;
  readonly brotli: boolean;
  /** The limits the config was rendered with. */
  readonly limits: ServerLimits;
  /** The feedback log nginx appends to, or null without njs (then BASE_URL_feedback answers 404). */
  readonly feedbackFile: string | null;
  readonly inventory: InlineInventory;
  readonly args: readonly string[];
  /** With --releases: what renders the config again from the release `current` points at. */
  readonly releases?: ReleaseWatch;
}

/** What a look at `current` found: no switch, a switch with the same config, or one that needs nginx to re-read it. */
export type ReleaseCheck = 'same release' | 'same config' | 'new config';

export interface ReleaseWatch {
  /**
   * Looks where `current` points; after a switch, renders the config from that release into the same
   * file and says whether it changed (new inline-script hashes or redirects).
   */
  readonly rerender: () => ReleaseCheck;
}

export interface ProdServer extends NginxSetup {
  /** Settles with nginx's exit code when it stops, whoever stopped it. */
  readonly exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** Same normalisation as docusaurus.config.ts: leading and trailing slash. */
export function normalizeBaseUrl(value = process.env.BASE_URL ?? '/'): string {
  return `/${value.replace(/^\/|\/$/g, '')}/`.replace('//', '/');
}

export function findNginx(): string {
  const candidates = process.env.NGINX
    ? [process.env.NGINX]
    : [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin', '/sbin'].map((d) =>
        path.join(d, 'nginx'),
      );
  const found = candidates.find((c) => c && fs.existsSync(c) && fs.statSync(c).isFile());
  if (!found)
    throw new Error(`nginx not found${process.env.NGINX ? ` at NGINX=${process.env.NGINX}` : ''}. ${installHint}`);
  return found;
}

/** A loopback port nothing listens on right now. */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once('error', reject);
    probe.listen(0, host, () => {
      const {port} = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** The user line of the config and the folder to serve: see scripts/nginx-workers.ts. */
interface WorkerPlan {
  readonly user: string;
  readonly servedDir: string;
  readonly workers: string;
}

function planWorkers(sourceDir: string, prefix: string, releases: boolean): WorkerPlan {
  if (process.getuid?.() !== 0)
    return {
      user: '# not started as root: workers keep this user',
      servedDir: sourceDir,
      workers: 'this user',
    };
  const nobody = nobodyAccount();
  const asNobody = `user ${nobody.name} ${nobody.group};`;
  const blocked = firstBlocked(nobody, pathChain(path.join(sourceDir, 'index.html')));
  if (!blocked) return {user: asNobody, servedDir: sourceDir, workers: nobody.name};

  if (!releases) {
    // A copy in the run directory (under the OS temp dir, which everyone may enter).
    const copy = path.join(prefix, 'site');
    fs.rmSync(copy, {recursive: true, force: true});
    fs.cpSync(sourceDir, copy, {recursive: true});
    fs.chmodSync(copy, 0o755);
    const stillBlocked = firstBlocked(nobody, pathChain(path.join(copy, 'index.html')));
    if (stillBlocked)
      throw new Error(
        `nginx workers run as "${nobody.name}" and cannot enter ${blocked}, nor ${stillBlocked} where a copy was tried: ` +
          'chmod o+x them, or pass --prefix a folder everyone may enter.',
      );
    return {user: asNobody, servedDir: copy, workers: `${nobody.name}, from a readable copy (${blocked} is closed)`};
  }

  // A releases folder must stay live: run the workers as its owner, who can read it.
  const ownerId = fs.statSync(path.dirname(sourceDir)).uid;
  const owner = lookupAccount(ownerId);
  const ownerBlocked = owner ? firstBlocked(owner, pathChain(path.join(sourceDir, 'index.html'))) : 'no account';
  if (!owner || ownerBlocked)
    throw new Error(
      `nginx workers run as "${nobody.name}" and cannot enter ${blocked}, and the owner of ${path.dirname(sourceDir)} ` +
        `(uid ${ownerId}${owner ? `, ${owner.name}` : ''}) cannot read it either (${ownerBlocked}): chmod o+x ${blocked}.`,
    );
  return {
    user: `user ${owner.name} ${owner.group};`,
    servedDir: sourceDir,
    workers: `${owner.name}, the owner of the releases (${blocked} is closed to ${nobody.name})`,
  };
}

/** The build a releases folder serves now, checked: its real path (the link itself stays the root). */
function currentRelease(releasesDir: string): string {
  const link = path.join(releasesDir, currentLink);
  if (!fs.existsSync(path.join(link, 'index.html')))
    throw new Error(
      `No release to serve in ${releasesDir}: expected ${link} to point at a release with an index.html. ` +
        `Run "npm run build && npm run release${releasesDir === path.resolve('releases') ? '' : ` -- --releases ${releasesDir}`}" first.`,
    );
  return fs.realpathSync(link);
}

/** Renders the config and prepares the run directory; does not start nginx. */
export async function prepareNginx(options: ProdServerOptions = {}): Promise<NginxSetup> {
  const nginx = findNginx();
  const releasesDir = options.releases ? path.resolve(options.releases) : undefined;
  const buildDir = releasesDir
    ? currentRelease(releasesDir)
    : path.resolve(options.dir ?? process.env.BUILD_DIR ?? 'build');
  const baseUrl = normalizeBaseUrl(options.baseUrl);
  const host = options.host ?? process.env.HOST ?? '127.0.0.1';
  const requested = options.port ?? Number(process.env.PORT ?? 8080);
  const port = requested === 0 ? await freePort(host) : requested;

  const notFound = path.join(buildDir, '404.html');
  if (!fs.existsSync(notFound))
    throw new Error(`No build at ${buildDir}: run "npm run build" first (or pass --dir / BUILD_DIR).`);
  const assetRef = new RegExp(`(?:src|href)=["']?${baseUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}assets/`);
  if (!assetRef.test(fs.readFileSync(notFound, 'utf8'))) {
    throw new Error(`${buildDir} was not built with BASE_URL=${baseUrl}: set BASE_URL to the value the build used.`);
  }

  const prefix = path.resolve(options.prefix ?? fs.mkdtempSync(path.join(os.tmpdir(), 'kb-nginx-')));
  try {
    const feedbackDir = path.resolve(options.feedbackDir ?? process.env.FEEDBACK_DIR ?? 'feedback');
    const limits = resolveLimits(options.limits);
    const realIp = realIpConfig(resolveRealIpFrom(options.realIpFrom));
    const input = {nginx, prefix, releasesDir, baseUrl, host, port, feedbackDir, limits, realIp};
    const setup = writeConfig({...input, buildDir});
    if (!releasesDir) return setup;
    // The release the config was rendered from: a switch at any time after this, even before nginx answers,
    // is seen by the first look that follows.
    let rendered = buildDir;
    // A release that failed to render is not tried again until `current` moves: each try parses every page.
    let failed = '';
    const rerender = (): ReleaseCheck => {
      const now = currentRelease(releasesDir);
      if (now === rendered || now === failed) return 'same release';
      const before = fs.readFileSync(setup.configFile, 'utf8');
      try {
        writeConfig({...input, buildDir: now});
      } catch (error) {
        fs.writeFileSync(setup.configFile, before); // nginx keeps serving with the config it has
        failed = now;
        throw error;
      }
      rendered = now;
      failed = '';
      return fs.readFileSync(setup.configFile, 'utf8') === before ? 'same config' : 'new config';
    };
    return {...setup, releases: {rerender}};
  } catch (error) {
    if (!options.prefix) fs.rmSync(prefix, {recursive: true, force: true});
    throw error;
  }
}

interface ConfigInput {
  readonly nginx: string;
  readonly prefix: string;
  readonly buildDir: string;
  readonly releasesDir?: string;
  readonly baseUrl: string;
  readonly host: string;
  readonly port: number;
  readonly feedbackDir: string;
  readonly limits: ServerLimits;
  /** The real_ip directives, or a comment. */
  readonly realIp: string;
}

/** Under a base URL the files answer at /<base>/…: a folder whose <base> entry links to `dir`. */
function rootFor(dir: string, prefix: string, name: string, baseUrl: string): string {
  if (baseUrl === '/') return dir;
  const root = path.join(prefix, name);
  const link = path.join(root, baseUrl.replace(/^\/|\/$/g, ''));
  fs.mkdirSync(path.dirname(link), {recursive: true});
  // Rendered again while nginx serves through it (a release switch): never a moment without the link.
  let target: string | undefined;
  try {
    target = fs.readlinkSync(link);
  } catch {
    target = undefined;
  }
  if (target !== dir) {
    const next = `${link}.${process.pid}-${Date.now()}`;
    fs.symlinkSync(dir, next);
    fs.renameSync(next, link);
  }
  return root;
}

/** With releases and njs: the current release's redirects where no file matched, and its _server/ kept private. */
function releaseLocations(baseUrl: string): string[] {
  return [
    "        # deploy/release.js: the current release's redirect for this path, or the 404 page.",
    '        location @kb_release_redirect {',
    '            js_content kb_release.redirect;',
    '        }',
    '        location @kb_not_found {',
    '            return 404;',
    '        }',
    `        location ^~ ${baseUrl}${serverFilesDir}/ {`,
    '            return 404;',
    '        }',
  ];
}

/** With releases: /assets/ from the shared pool of every kept release, then from the current one. */
function assetLocations(
  releasesDir: string | undefined,
  prefix: string,
  baseUrl: string,
  root: string,
  perRelease: boolean,
): string {
  if (!releasesDir) return '# One build: /assets/ is served from it like any other file.';
  const shared = path.join(releasesDir, sharedDir);
  fs.mkdirSync(shared, {recursive: true});
  const sharedRoot = rootFor(shared, prefix, 'shared-html', baseUrl);
  return [
    '# Releases (scripts/release/store.ts): a tab opened on an earlier release keeps',
    '        # loading its hashed chunks and search index from the shared pool after a switch.',
    `        location ^~ ${baseUrl}assets/ {`,
    `            root ${sharedRoot};`,
    '            try_files $uri @current_assets;',
    '        }',
    '        location @current_assets {',
    `            root ${root};`,
    '        }',
    ...(perRelease ? releaseLocations(baseUrl) : []),
  ].join('\n');
}

/**
 * With releases and njs: the CSP and redirects come from the release `current` points at, per request
 * (deploy/release.js), so the config is the same for every release and a switch needs no reload.
 */
function releaseHttp(releasesDir: string, csp: string): string {
  const script = path.resolve(__dirname, '../deploy/release.js');
  const current = path.join(releasesDir, currentLink);
  if (/["$\\\s;{}]/.test(script + current))
    throw new Error(`--releases cannot go into the nginx config as is: expected a plain path, received "${current}"`);
  return [
    '# Releases: the CSP and redirects of the release `current` points at, read per request (deploy/release.js).',
    `    js_import kb_release from ${script};`,
    '    js_set $kb_csp kb_release.csp;',
    `    js_var $kb_release_dir ${current};`,
    `    js_var $kb_csp_rendered "${csp}";`,
  ].join('\n');
}

/**
 * The policy without any inline hash: what a release with no _server/csp of its own gets (deploy/release.js).
 * Stricter than any release's, and the same for all of them, so the config never changes with a release and a
 * switch never reloads nginx.
 */
function withoutInlineHashes(csp: string): string {
  return csp.replace(/ '(?:sha(?:256|384|512)-[^']*|unsafe-hashes)'/g, '');
}

/** Writes a .gz and .br beside each text file; where it cannot, nginx compresses on the fly, as before. */
function precompressOrWarn(dir: string): void {
  try {
    precompress(dir);
  } catch (error) {
    console.warn(`Could not write .gz and .br files in ${dir} (nginx compresses on the fly instead): ${String(error)}`);
  }
}

function writeConfig({
  nginx,
  prefix,
  buildDir,
  releasesDir,
  baseUrl,
  host,
  port,
  feedbackDir,
  limits,
  realIp,
}: ConfigInput): NginxSetup {
  for (const dir of ['logs', 'tmp']) fs.mkdirSync(path.join(prefix, dir), {recursive: true});
  precompressOrWarn(buildDir); // before a readable copy is made of it
  fs.chmodSync(prefix, 0o755); // mkdtemp makes it 0700; workers must reach the links and copies in it

  // With releases the root is the `current` link itself, never its target: each request resolves it.
  const source = releasesDir ? path.join(releasesDir, currentLink) : buildDir;
  const plan = planWorkers(source, prefix, Boolean(releasesDir));
  const root = rootFor(plan.servedDir, prefix, 'html', baseUrl);

  const brotliModule = path.join(
    process.env.NGINX_MODULES_DIR ?? '/usr/lib/nginx/modules',
    'ngx_http_brotli_filter_module.so',
  );
  const brotli = fs.existsSync(brotliModule);
  const brotliStatic = path.join(path.dirname(brotliModule), 'ngx_http_brotli_static_module.so');
  const brotliFiles = brotli && fs.existsSync(brotliStatic);
  const feedback = feedbackConfig({feedbackDir, baseUrl});
  const inventory = inlineInventory(buildDir);
  const csp = contentSecurityPolicy(inventory);
  if (/["$\\]/.test(csp)) throw new Error(`CSP cannot go into an nginx string as is: ${csp}`);
  const perRelease = Boolean(releasesDir) && fs.existsSync(njsModulePath());
  if (perRelease) writeServerFiles(buildDir, csp);

  const config = renderTemplate(fs.readFileSync(templateFile, 'utf8'), {
    PREFIX: prefix,
    LOAD_MODULES: [
      brotli ? `load_module ${brotliModule};` : '# brotli: apt-get install libnginx-mod-http-brotli-filter',
      brotliFiles ? `load_module ${brotliStatic};` : '# brotli_static: apt-get install libnginx-mod-http-brotli-static',
      feedback.loadModule,
    ].join('\n'),
    USER: plan.user,
    LISTEN: `${host}:${port}`,
    ROOT: root,
    ASSET_LOCATIONS: assetLocations(releasesDir, prefix, baseUrl, root, perRelease),
    BASE_URL: baseUrl,
    ASSETS: `${baseUrl}assets/`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    REDIRECTS: perRelease
      ? '        # per release, read by deploy/release.js'
      : redirectMapEntries(readRedirects(buildDir)),
    CSP: perRelease ? '$kb_csp' : csp,
    BROTLI: brotli
      ? [
          'brotli on;',
          'brotli_comp_level 5;',
          'brotli_min_length 256;',
          `brotli_types ${compressedTypes};`,
          brotliFiles ? 'brotli_static on;   # FILE.br beside FILE (scripts/precompress.ts), sent as it is' : '',
        ].join('\n    ')
      : '# brotli: libnginx-mod-http-brotli-filter is not installed; gzip only',
    FEEDBACK_HTTP: feedback.http,
    FEEDBACK: feedback.location,
    OPEN_FILES: String(openFilesFor(limits)),
    WORKER_CONNECTIONS: String(limits.workerConnections),
    CLIENT_TIMEOUT: String(limits.clientTimeout),
    KEEPALIVE_TIMEOUT: String(limits.keepaliveTimeout),
    LIMIT_CONN: String(limits.limitConn),
    LIMIT_RATE: String(limits.limitRate),
    LIMIT_BURST: String(limits.limitBurst),
    REAL_IP: realIp,
    RELEASE_HTTP:
      perRelease && releasesDir
        ? releaseHttp(releasesDir, withoutInlineHashes(csp))
        : '# One build, or releases without njs: CSP and redirects are in this file.',
    NOT_FOUND: perRelease ? '@kb_release_redirect' : '=404',
  });
  const configFile = path.join(prefix, 'nginx.conf');
  fs.writeFileSync(configFile, config);

  const errorLog = path.join(prefix, 'logs/error.log');
  const args = ['-p', `${prefix}/`, '-c', configFile, '-e', errorLog, '-g', 'daemon off;'];
  const check = spawnSync(nginx, [...args, '-t'], {encoding: 'utf8'});
  if (check.status !== 0) throw new Error(`nginx rejected ${configFile}:\n${check.stderr}${check.stdout}`);
  return {
    nginx,
    prefix,
    configFile,
    errorLog,
    buildDir,
    servedDir: plan.servedDir,
    workers: plan.workers,
    baseUrl,
    url: `http://${host}:${port}`,
    csp,
    brotli,
    limits,
    feedbackFile: feedback.file,
    inventory,
    args,
  };
}

/** How often serve:prod --releases looks at where `current` points. */
const releaseCheckMs = 500;

/**
 * With --releases, a switch serves the new files at once (the root is the link), but the CSP hashes
 * and the redirect map are in the config. When `current` moves and those differ, the config is
 * rendered again and nginx re-reads it gracefully (SIGHUP: new workers take new requests, the old
 * ones finish theirs), so a release that adds an article's short link needs nothing from whoever
 * runs the server. Returns the function that stops watching.
 */
function watchReleases(setup: NginxSetup, reload: () => void, quiet = false): () => void {
  if (!setup.releases) return () => undefined;
  const {rerender} = setup.releases;
  let lastProblem = '';
  const timer = setInterval(() => {
    try {
      const found = rerender();
      lastProblem = '';
      if (found !== 'new config') return;
      reload();
      if (!quiet) console.log('A release switch brought new CSP hashes or redirects: nginx reloaded gracefully.');
    } catch (error) {
      // Said once, not twice a second, until it changes or goes.
      const problem = (error as Error).message;
      if (problem !== lastProblem) console.error(`After a release switch, kept the previous nginx config: ${problem}`);
      lastProblem = problem;
    }
  }, releaseCheckMs);
  timer.unref();
  return () => clearInterval(timer);
}

function readLog(file: string): string {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n').slice(-20).join('\n') : '';
}

/** Starts nginx in the foreground (a child of this process) and resolves once it answers. */
export async function startProdServer(
  options: ProdServerOptions & {readonly quiet?: boolean} = {},
): Promise<ProdServer> {
  const setup = await prepareNginx(options);
  const child: ChildProcess = spawn(setup.nginx, setup.args, {
    stdio: ['ignore', options.quiet ? 'ignore' : 'inherit', options.quiet ? 'pipe' : 'inherit'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let running = true;
  void exited.then(() => (running = false));
  const ownPrefix = !options.prefix;
  const removePrefix = () => ownPrefix && fs.rmSync(setup.prefix, {recursive: true, force: true});
  const killOnExit = () => {
    child.kill('SIGTERM');
    removePrefix();
  };
  process.once('exit', killOnExit);

  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      // Our nginx, not whatever else may answer on that port: it sends the CSP computed above.
      const res = await fetch(`${setup.url}${setup.baseUrl}`, {redirect: 'manual'});
      if (res.headers.get('content-security-policy') !== setup.csp) throw new Error('another server answered');
      break;
    } catch {
      if (running && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        continue;
      }
      const reason = running ? `did not answer on ${setup.url} within 15 s` : 'exited at start';
      const log = `${stderr}${readLog(setup.errorLog)}`;
      child.kill('SIGTERM');
      await exited;
      process.removeListener('exit', killOnExit);
      removePrefix();
      throw new Error(`nginx ${reason}:\n${log}`);
    }
  }

  // Only now: a SIGHUP before nginx has set up its signal handlers would stop it.
  const stopWatching = watchReleases(setup, () => child.kill('SIGHUP'), options.quiet);
  return {
    ...setup,
    exited,
    async stop() {
      stopWatching();
      process.removeListener('exit', killOnExit);
      if (running) {
        child.kill('SIGQUIT'); // graceful: finish the requests in flight
        const timer = setTimeout(() => child.kill('SIGTERM'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      removePrefix();
    },
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const options: ProdServerOptions = {
    dir: arg('dir'),
    host: arg('host'),
    port: arg('port') === undefined ? undefined : Number(arg('port')),
    prefix: arg('prefix'),
    releases: arg('releases'),
    limits: Object.fromEntries(Object.entries(limitKnobs).map(([key, knob]) => [key, arg(knob.flag)])),
    realIpFrom: arg('real-ip-from'),
  };
  const fail = (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  };
  if (process.argv.includes('--config-only')) {
    prepareNginx(options)
      .then((s) =>
        console.log(
          `Wrote ${s.configFile} (serves ${s.servedDir} at ${s.url}${s.baseUrl}). Start it with:\n  ${s.nginx} ${s.args.map((a) => (/\s/.test(a) ? `'${a}'` : a)).join(' ')}`,
        ),
      )
      .catch(fail);
  } else {
    startProdServer(options)
      .then((server) => {
        console.log(
          `nginx serves ${server.servedDir} at ${server.url}${server.baseUrl} (workers: ${server.workers}; config ${server.configFile}, logs ${path.dirname(server.errorLog)}). Ctrl+C stops it.`,
        );
        let stopping = false;
        const stop = () => {
          stopping = true;
          void server.stop().then(() => process.exit(0));
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        void server.exited.then((code) => {
          if (stopping) return;
          console.error(`nginx stopped on its own (exit code ${code}).`);
          void server.stop().then(() => process.exit(code || 1));
        });
      })
      .catch(fail);
  }
}
