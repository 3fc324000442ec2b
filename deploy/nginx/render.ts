/**
 * The nginx config of serve:prod, rendered from deploy/nginx.conf.template for
 * one build or a releases folder, with the run directory it needs: who the
 * workers run as, the root (a link under a base URL), the shared assets of
 * releases and the per-release settings njs reads. Checked with `nginx -t`.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {readRedirects} from '../../src/build/redirects';
import {precompressOrWarn} from '../precompress';
import {currentLink, sharedDir} from '../release/store';
import {
  contentSecurityPolicy,
  inlineInventory,
  redirectMapEntries,
  renderTemplate,
  serverFilesDir,
  writeServerFiles,
  type InlineInventory,
} from './config';
import {feedbackConfig, njsModulePath} from './feedback';
import {openFilesFor, type ServerLimits} from './limits';
import {firstBlocked, lookupAccount, nobodyAccount, pathChain} from './workers';

const templateFile = path.join(__dirname, '../nginx.conf.template');
const compressedTypes =
  'text/css text/javascript application/json application/manifest+json application/xml text/plain text/markdown image/svg+xml';

/** What writeConfig rendered and checked: the config, where it serves from and what it sends. */
export interface RenderedConfig {
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
}

/** The user line of the config and the folder to serve: see deploy/nginx/workers.ts. */
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

export interface ConfigInput {
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
    '# Releases (deploy/release/store.ts): a tab opened on an earlier release keeps',
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
  const script = path.join(__dirname, '../release.js');
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

export function writeConfig({
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
}: ConfigInput): RenderedConfig {
  for (const dir of ['logs', 'tmp']) fs.mkdirSync(path.join(prefix, dir), {recursive: true});
  precompressOrWarn(buildDir, 'nginx compresses on the fly instead'); // before a readable copy is made of it
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
          brotliFiles ? 'brotli_static on;   # FILE.br beside FILE (deploy/precompress.ts), sent as it is' : '',
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
