/**
 * What the nginx config derives from a build, with no nginx involved (so the
 * tests can check it too): the Content-Security-Policy with the hashes of the
 * inline code in build/**\/*.html, the redirect map from build/_redirects
 * (src/build/redirects.ts writes and reads it) and the rendering of
 * deploy/nginx.conf.template.
 */
import fs from 'node:fs';
import path from 'node:path';

export {cspHash, inlineInventory, type InlineInventory} from '../../src/build/inlineCode';
import {assertOwnInlineCode} from '../../src/build/inlineScripts';
import {inlineInventory, type InlineInventory} from '../../src/build/inlineCode';
import {precompress} from '../precompress';
import {readRedirects, redirectTable, type Redirect} from '../../src/build/redirects';

/**
 * The policy the built site satisfies. Scripts: the site's own files plus the
 * hashes of its inline scripts (the theme's color-mode script, the base-URL
 * banner, the one script every redirect page shares); no 'unsafe-inline', no 'unsafe-eval'.
 * Styles: the site's stylesheets, plus — only if the HTML has style
 * attributes — 'unsafe-hashes' with the hash of each distinct value, which
 * allows exactly those attributes and nothing else.
 */
export function contentSecurityPolicy(inventory: InlineInventory): string {
  // Only the site's own inline scripts are trusted: content that reached the build as script is refused.
  assertOwnInlineCode(inventory);
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

/**
 * nginx map entries: the path with and without a trailing slash, one pair per
 * distinct path. Plain strings, which nginx matches ignoring case through a
 * hash table: one lookup per request whatever the number of redirects, where
 * a regex per redirect was tried one after another.
 */
export function redirectMapEntries(rules: readonly Redirect[]): string {
  return Object.entries(redirectTable(rules))
    .flatMap(([key, to]) => [`        "${key}" "${to}";`, `        "${key}/" "${to}";`])
    .join('\n');
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

/** A release's own server settings, read per request by deploy/release.js; never served (serve-prod). */
export const serverFilesDir = '_server';

/**
 * Writes DIR/_server/csp and redirects.json from the build in DIR: what a release needs nginx to send
 * that the config does not hold (deploy/release.js). Each file under a temp name, then renamed: a
 * request reads the old one or the new one, whole. Returns the policy.
 */
export function writeServerFiles(dir: string, csp = contentSecurityPolicy(inlineInventory(dir))): string {
  const out = path.join(dir, serverFilesDir);
  fs.mkdirSync(out, {recursive: true});
  const files = {csp: `${csp}\n`, 'redirects.json': JSON.stringify(redirectTable(readRedirects(dir)))};
  for (const [name, text] of Object.entries(files)) {
    const temp = path.join(out, `.${name}.${process.pid}`);
    fs.writeFileSync(temp, text);
    fs.renameSync(temp, path.join(out, name));
  }
  return csp;
}

/** What a release needs before it goes live (npm run release): its .gz and .br files and its server settings. */
export function prepareRelease(dir: string): void {
  precompress(dir);
  writeServerFiles(dir);
}
