/**
 * Serves the built site with Debian's nginx, as production does: security
 * headers (a CSP hashed from the build), long-lived caching of hashed assets,
 * gzip (and brotli when its module is installed), the site's redirects as
 * 301s, clean URLs and the site's 404 page. The config is rendered from
 * deploy/nginx.conf.template (deploy/nginx/render.ts) into a run directory
 * that also holds the pid file, logs and temp files, so nginx needs no
 * system directory.
 *
 *   tsx deploy/serve-prod.ts [--dir build | --releases DIR] [--port 8080] [--host 127.0.0.1] [--prefix DIR] [--config-only]
 *
 * With --releases DIR it serves DIR/current (npm run release): the root goes
 * through the symlink, resolved on every request, so a release switch needs
 * no reload; /assets/ also answers from DIR/shared (earlier releases' assets).
 *
 * With njs (Debian's libnginx-mod-http-js) it also records reader feedback:
 * POST BASE_URL_feedback appends one JSON line per event to
 * FEEDBACK_DIR/feedback.jsonl (deploy/feedback.js; deploy/README.md "Reader feedback").
 *
 * With --releases and njs, the CSP and redirects are the current release's,
 * read per request (deploy/release.js): a switch needs no reload either.
 *
 * Text files get a .gz and .br beside them first (deploy/precompress.ts),
 * which nginx sends as they are. Limits per client, timeouts and a proxy's
 * address (deploy/nginx/limits.ts; deploy/README.md "Limits"): --worker-connections,
 * --client-timeout, --keepalive-timeout, --limit-conn, --limit-rate,
 * --limit-burst, --real-ip-from, or their environment variables.
 *
 * Environment: BUILD_DIR, PORT, HOST, BASE_URL (the one the build used),
 * FEEDBACK_DIR (default ./feedback), NGINX (binary), NGINX_MODULES_DIR
 * (default /usr/lib/nginx/modules), WORKER_CONNECTIONS, CLIENT_TIMEOUT,
 * KEEPALIVE_TIMEOUT, LIMIT_CONN, LIMIT_RATE, LIMIT_BURST, REAL_IP_FROM.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {normalizeBaseUrl} from '../src/build/paths';
import {readArgs} from '../scripts/cli';
import {limitKnobs, realIpConfig, resolveLimits, resolveRealIpFrom, type ServerLimits} from './nginx/limits';
import {writeConfig, type RenderedConfig} from './nginx/render';
import {currentLink} from './release/store';

const installHint =
  'Install it with: sudo apt-get update && sudo apt-get install -y --no-install-recommends nginx-light ' +
  '(or "nginx"; add libnginx-mod-http-brotli-filter for brotli), or set NGINX=/path/to/nginx.';

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
  /** Connections, timeouts and rates per client (deploy/nginx/limits.ts); default the environment, then defaultLimits. */
  readonly limits?: {readonly [K in keyof ServerLimits]?: number | string};
  /** Addresses or CIDR ranges of a proxy in front whose X-Forwarded-For is trusted; default $REAL_IP_FROM, or none. */
  readonly realIpFrom?: readonly string[] | string;
}

export interface NginxSetup extends RenderedConfig {
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

/** The command line's options; throws, saying what is accepted, on an unknown one. */
function cliOptions(): {options: ProdServerOptions; configOnly: boolean} {
  const text = {type: 'string'} as const;
  const knobs = Object.values(limitKnobs).map((knob) => knob.flag);
  const {values} = readArgs(
    `[--dir DIR] [--host HOST] [--port N] [--prefix DIR] [--releases DIR] [--real-ip-from ADDRS] [--config-only] ${knobs.map((f) => `[--${f} N]`).join(' ')}`,
    {
      dir: text,
      host: text,
      port: text,
      prefix: text,
      releases: text,
      'real-ip-from': text,
      'config-only': {type: 'boolean'},
      ...Object.fromEntries(knobs.map((flag) => [flag, text])),
    },
  );
  const arg = (name: string) => (values as Record<string, string | boolean | undefined>)[name] as string | undefined;
  const options: ProdServerOptions = {
    dir: arg('dir'),
    host: arg('host'),
    port: arg('port') === undefined ? undefined : Number(arg('port')),
    prefix: arg('prefix'),
    releases: arg('releases'),
    limits: Object.fromEntries(Object.entries(limitKnobs).map(([key, knob]) => [key, arg(knob.flag)])),
    realIpFrom: arg('real-ip-from'),
  };
  return {options, configOnly: values['config-only'] === true};
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const fail = (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  };
  let cli: ReturnType<typeof cliOptions> = {options: {}, configOnly: false};
  try {
    cli = cliOptions();
  } catch (error) {
    fail(error);
  }
  const {options, configOnly} = cli;
  if (configOnly) {
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
