/**
 * The inline scripts the site ships, by name: an inventory. The CSP
 * trusts these and nothing else; any other inline script, or an inline event
 * handler, fails the build (the kb plugin's postBuild) and `serve:prod`,
 * naming the page and the script's first characters, for content that
 * reached the page as script (a title that breaks out of a JSON-LD block, an
 * expression in MDX) is never to be trusted by hashing whatever is there.
 */
import {cspHash, type InlineInventory} from './inlineCode';
import {redirectScript} from './redirectPages';

export interface KnownInlineScript {
  readonly name: string;
  readonly hash: string;
}

/**
 * A page with no content at all: the inline scripts Docusaurus writes on it (the color mode set before the
 * first paint, and any other of its head scripts) are the theme's. Their text depends on the config (the
 * base URL namespaces the stored theme), so they are read from this page of each build, not pinned.
 */
export const contentFreePage = '404.html';

/** Our own inline scripts, by name. */
export const ownInlineScripts: readonly KnownInlineScript[] = [
  {name: 'redirect pages: carry query and fragment (src/build/redirectPages.ts)', hash: cspHash(redirectScript)},
];

/** The inventory of a build: ours, then Docusaurus' own as on the content-free page. */
export function knownInlineScripts(inventory: InlineInventory): KnownInlineScript[] {
  const theme = [...inventory.scripts]
    .filter(([, files]) => files.includes(contentFreePage))
    .map(([hash], i) => ({name: `Docusaurus theme head script ${i + 1} (as on ${contentFreePage})`, hash}));
  return [...ownInlineScripts, ...theme];
}

/** Every inline script not in the inventory, and every inline event handler, as `page: what`. */
export function inlineProblems(inventory: InlineInventory): string[] {
  const known = new Set(knownInlineScripts(inventory).map((s) => s.hash));
  const problems = inventory.inlineHandlers.map((handler) => `${handler}: an inline event handler or javascript: URL`);
  for (const [hash, files] of inventory.scripts)
    if (!known.has(hash))
      problems.push(
        `${files[0]}${files.length > 1 ? ` (and ${files.length - 1} more)` : ''}: an inline script the site does not ship, ` +
          `starting ${JSON.stringify(inventory.scriptSamples.get(hash) ?? '')} (${hash})`,
      );
  return problems;
}

/** Throws, naming each page and script, when the build holds inline code the site does not ship. */
export function assertOwnInlineCode(inventory: InlineInventory): void {
  const problems = inlineProblems(inventory);
  if (!problems.length) return;
  const shown = problems.slice(0, 10).map((p) => `  - ${p}`);
  if (problems.length > 10) shown.push(`  - and ${problems.length - 10} more`);
  throw new Error(
    `The build has inline code the site does not ship itself (the inventory is src/build/inlineScripts.ts):\n${shown.join('\n')}`,
  );
}
