/**
 * The inline code of a built site (build only): every executed inline
 * script, data block, inline style and event handler in build/**\/*.html,
 * read with a spec-compliant parser (parse5, through cheerio). The CSP hashes
 * what is here (scripts/nginx-config.ts); src/build/inlineScripts.ts says
 * which of it the site ships itself.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {load, type Element} from 'cheerio';
import {globSync} from 'tinyglobby';

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
  /** The first characters of each executed inline script, by hash: what an error shows. */
  readonly scriptSamples: ReadonlyMap<string, string>;
}

export function cspHash(text: string): string {
  return `sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}`;
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
  const scriptSamples = new Map<string, string>();
  const files = globSync('**/*.html', {cwd: buildDir, absolute: true, dot: true});
  for (const file of files) {
    const rel = path.relative(buildDir, file);
    const $ = load(fs.readFileSync(file, 'utf8'));
    // The hash covers the element's raw text exactly as served.
    const rawText = (el: Element) => el.children.map((c) => ('data' in c ? c.data : '')).join('');
    $('script:not([src])').each((_, el) => {
      const type = ($(el).attr('type') ?? '').split(';')[0].trim().toLowerCase();
      if (executedScriptTypes.has(type)) {
        const hash = cspHash(rawText(el));
        add(scripts, hash, rel);
        if (!scriptSamples.has(hash)) scriptSamples.set(hash, rawText(el).slice(0, 60));
      }
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
  return {pages: files.length, scripts, dataBlocks, styleElements, styleAttributes, inlineHandlers, scriptSamples};
}

