/**
 * What the nginx config derives from a build, with no nginx involved (so the
 * tests can check it too): the Content-Security-Policy with the hashes of the
 * inline code in build/**\/*.html, the redirect map from build/_redirects (the
 * kb plugin writes it from siteRedirects(), the one source of redirects) and
 * the rendering of deploy/nginx.conf.template.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {load, type Element} from 'cheerio';

/** Script types the browser executes; any other type (application/ld+json) is a data block. */
const executedScriptTypes = new Set([
  '',
  'module',
  'importmap',
  'speculationrules',
  ...['application/ecmascript', 'application/javascript', 'application/x-ecmascript', 'application/x-javascript'],
  ...[
    'text/ecmascript',
    'text/javascript',
    'text/jscript',
    'text/livescript',
    'text/x-ecmascript',
    'text/x-javascript',
  ],
  ...['1.0', '1.1', '1.2', '1.3', '1.4', '1.5'].map((v) => `text/javascript${v}`),
]);

/** Inline code found in the built HTML, by CSP hash source, with the files it appears in. */
export interface InlineInventory {
  readonly pages: number;
  /** Executed inline <script> elements: need a hash in script-src. */
  readonly scripts: ReadonlyMap<string, string[]>;
  /** <script type="application/ld+json"> and other data blocks: never executed, CSP does not apply. */
  readonly dataBlocks: ReadonlyMap<string, number>;
  /** Inline <style> elements: need a hash in style-src. */
  readonly styleElements: ReadonlyMap<string, string[]>;
  /** style="…" attributes in the server HTML: need 'unsafe-hashes' and a hash (CSSOM writes by React do not). */
  readonly styleAttributes: ReadonlyMap<string, {value: string; files: string[]}>;
  /** onclick=… attributes and javascript: URLs, which this policy blocks: should stay empty. */
  readonly inlineHandlers: readonly string[];
}

export function cspHash(text: string): string {
  return `sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, {withFileTypes: true})
    .flatMap((e) =>
      e.isDirectory() ? htmlFiles(path.join(dir, e.name)) : e.name.endsWith('.html') ? [path.join(dir, e.name)] : [],
    );
}

function add(map: Map<string, string[]>, key: string, file: string): void {
  const files = map.get(key) ?? [];
  if (!files.includes(file)) files.push(file);
  map.set(key, files);
}

/** Reads every HTML file of the build with a spec-compliant parser (parse5, through cheerio). */
export function inlineInventory(buildDir: string): InlineInventory {
  const scripts = new Map<string, string[]>();
  const dataBlocks = new Map<string, number>();
  const styleElements = new Map<string, string[]>();
  const styleAttributes = new Map<string, {value: string; files: string[]}>();
  const inlineHandlers: string[] = [];
  const files = htmlFiles(buildDir);
  for (const file of files) {
    const rel = path.relative(buildDir, file);
    const $ = load(fs.readFileSync(file, 'utf8'));
    // The hash covers the element's raw text exactly as served.
    const rawText = (el: Element) => el.children.map((c) => ('data' in c ? c.data : '')).join('');
    $('script:not([src])').each((_, el) => {
      const type = ($(el).attr('type') ?? '').split(';')[0].trim().toLowerCase();
      if (executedScriptTypes.has(type)) add(scripts, cspHash(rawText(el)), rel);
      else dataBlocks.set(type, (dataBlocks.get(type) ?? 0) + 1);
    });
    $('style').each((_, el) => add(styleElements, cspHash(rawText(el)), rel));
    $('[style]').each((_, el) => {
      const value = $(el).attr('style')!;
      const entry = styleAttributes.get(cspHash(value)) ?? {value, files: []};
      if (!entry.files.includes(rel)) entry.files.push(rel);
      styleAttributes.set(cspHash(value), entry);
    });
    $('*').each((_, node) => {
      const el = node as Element;
      for (const [name, value] of Object.entries(el.attribs)) {
        if (/^on/i.test(name) || /^\s*javascript:/i.test(value)) inlineHandlers.push(`${rel}: <${el.tagName} ${name}>`);
      }
    });
  }
  return {pages: files.length, scripts, dataBlocks, styleElements, styleAttributes, inlineHandlers};
}

/**
 * The policy the built site satisfies. Scripts: the site's own files plus the
 * hashes of its inline scripts (the theme's color-mode script, the base-URL
 * banner, the one script every redirect page shares); no 'unsafe-inline', no 'unsafe-eval'.
 * Styles: the site's stylesheets, plus — only if the HTML has style
 * attributes — 'unsafe-hashes' with the hash of each distinct value, which
 * allows exactly those attributes and nothing else.
 */
export function contentSecurityPolicy(inventory: InlineInventory): string {
  const sources = (keys: Iterable<string>) => [...keys].sort().map((h) => `'${h}'`);
  const attributeHashes = inventory.styleAttributes.size
    ? ["'unsafe-hashes'", ...sources(inventory.styleAttributes.keys())]
    : [];
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...sources(inventory.scripts.keys())]],
    ['style-src', ["'self'", ...sources(inventory.styleElements.keys()), ...attributeHashes]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  const policy = directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
  if (policy.length > maxPolicyLength) throw new Error(policyTooLong(policy, inventory));
  return policy;
}

/**
 * nginx reads one config string of at most 4 kB, and proxies cap a response's
 * headers near 8 kB: a policy past this is a site whose inline code differs
 * from page to page, which grows with the knowledge base.
 */
export const maxPolicyLength = 3500;

function policyTooLong(policy: string, inventory: InlineInventory): string {
  const groups = [
    ['inline scripts', inventory.scripts],
    ['inline styles', inventory.styleElements],
  ] as const;
  const worst = groups
    .filter(([, map]) => map.size > 3)
    .map(
      ([what, map]) =>
        `${map.size} distinct ${what} (in ${[...map.values()]
          .slice(0, 3)
          .map((f) => f[0])
          .join(', ')}, …)`,
    );
  return (
    `Content-Security-Policy: received ${policy.length} characters, expected at most ${maxPolicyLength}. ` +
    `Each distinct inline script or style needs its own hash: ${worst.join('; ') || `${inventory.styleAttributes.size} distinct style attributes`}. ` +
    'Inline code must read per-page values from the markup (as src/build/redirectPages.ts does), so that every page shares one hash.'
  );
}

export interface RedirectRule {
  readonly from: string;
  readonly to: string;
}

/** The rules of build/_redirects ("from to [status]" per line, base URL included). */
export function readRedirects(buildDir: string): RedirectRule[] {
  const file = path.join(buildDir, '_redirects');
  if (!fs.existsSync(file))
    throw new Error(`${file} is missing: the kb plugin writes it in postBuild; run "npm run build".`);
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line, i) => {
      const [from, to, status = '301'] = line.split(/\s+/);
      if (!from?.startsWith('/') || !to || status !== '301' || /[*:$"\\\s]/.test(from + to) || from.length > 200) {
        throw new Error(
          `_redirects line ${i + 1}: expected "/from /to 301" with plain paths (from at most 200 characters), received "${line}"`,
        );
      }
      return {from, to};
    });
}

/**
 * nginx map entries: the path with and without a trailing slash, one pair per
 * distinct path. Plain strings, which nginx matches ignoring case through a
 * hash table: one lookup per request whatever the number of redirects, where
 * a regex per redirect was tried one after another (10,000 at 5,000 articles).
 */
export function redirectMapEntries(rules: readonly RedirectRule[]): string {
  const seen = new Map<string, string>();
  const lines: string[] = [];
  for (const {from, to} of rules) {
    const key = decodeURI(from).replace(/\/$/, '').toLowerCase();
    const previous = seen.get(key);
    if (previous && previous !== to)
      throw new Error(`_redirects: ${from} leads to both ${previous} and ${to} (paths are matched case-insensitively)`);
    if (previous) continue;
    seen.set(key, to);
    lines.push(`        "${key}" "${to}";`, `        "${key}/" "${to}";`);
  }
  return lines.join('\n');
}

/** Fills every {{NAME}} of the template; a missing or unused value is an error, not a silent blank. */
export function renderTemplate(template: string, values: Readonly<Record<string, string>>): string {
  const used = new Set<string>();
  const out = template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`nginx template: no value for {{${name}}}`);
    used.add(name);
    return values[name];
  });
  const unused = Object.keys(values).filter((k) => !used.has(k));
  if (unused.length) throw new Error(`nginx template: {{${unused.join('}}, {{')}}} not in the template`);
  return out;
}
