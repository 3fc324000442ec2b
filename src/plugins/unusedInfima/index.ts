/**
 * Drops Infima's rules for the components this site never renders: Infima
 * ships as one stylesheet that every page loads before its first paint, so
 * rules for cards or tabs nobody shows cost every reader. Public surface only
 * (the plugin API's configurePostCss and postBuild). Should a page or a script
 * start using one of these classes, the build fails naming the class and the
 * file, so the list cannot drift from the site: take the component off the
 * list then.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {glob} from 'tinyglobby';
import {keyBundlerCache} from '../../build/bundlerCache';

/** Infima components no page of ours renders, nor any theme component we use. */
export const unusedComponents = ['avatar', 'button-group', 'card', 'pills', 'tabs'] as const;

const names = unusedComponents.join('|');
/** A selector using one of them: `.card`, `.card__body`, `.tabs--block` (not `.tabs-container`, `.cardinal`). */
const inSelector = new RegExp(`\\.(?:${names})(?:(?:__|--)[\\w-]+)?(?![\\w-])`);
/** One of them in a class list (given with a space on each side). */
const inClassList = new RegExp(`(?<=\\s)(?:${names})(?:(?:__|--)[\\w-]+)?(?=\\s)`);
/**
 * The class lists of a built file: a page's class attributes, a script's className strings. Not a script's
 * other strings: an article's text ("pay by card") is one too.
 */
const classLists = (file: string, text: string): string[] =>
  [
    ...text.matchAll(
      file.endsWith('.html') ? /\sclass=("[^"]*"|'[^']*'|[^\s>]+)/g : /\bclassName:\s*("[^"]*"|'[^']*')/g,
    ),
  ].map((m) => ` ${m[1].replace(/^["']|["']$/g, '')} `);

/** The part of postcss' Rule and Root this plugin touches. */
export interface CssRule {
  selectors: string[];
  remove(): void;
}
export interface CssRoot {
  walkRules(visit: (rule: CssRule) => void): void;
}

/**
 * The postcss plugin: a rule loses the selectors that use an unused component, and goes when none is left.
 * The rules go after the walk: removing the rule a walk is at made it skip the next one in the build's pipeline.
 */
export const dropUnusedRules = {
  postcssPlugin: 'kb-unused-infima',
  Once(root: CssRoot): void {
    const dropped: CssRule[] = [];
    root.walkRules((rule) => {
      const kept = rule.selectors.filter((s) => !inSelector.test(s));
      if (!kept.length) dropped.push(rule);
      else if (kept.length < rule.selectors.length) rule.selectors = kept;
    });
    for (const rule of dropped) rule.remove();
  },
};

/** Each built page and script that uses one of the dropped components, with the class it uses. */
export async function unusedComponentUses(outDir: string): Promise<{file: string; used: string}[]> {
  const files = (await glob(['**/*.html', 'assets/js/*.js'], {cwd: outDir})).sort();
  const uses: {file: string; used: string}[] = [];
  for (const file of files) {
    const text = fs.readFileSync(path.join(outDir, file), 'utf8');
    const used = classLists(file, text)
      .map((c) => inClassList.exec(c)?.[0])
      .find(Boolean);
    if (used) uses.push({file, used});
  }
  return uses;
}

export default function unusedInfimaPlugin(): Plugin {
  return {
    name: 'kb-unused-infima',
    configurePostCss(options) {
      options.plugins.push(dropUnusedRules);
      return options;
    },
    // The bundler's persistent cache does not know the stylesheet's rules depend on the list.
    configureWebpack(config) {
      keyBundlerCache(config, {unusedInfima: unusedComponents, walk: 'collect'});
      return {};
    },
    async postBuild({outDir}) {
      // The stylesheets must have lost those rules: a pipeline that kept some would ship them silently.
      for (const file of await glob('assets/css/*.css', {cwd: outDir})) {
        const left = new RegExp(inSelector.source, 'g').exec(fs.readFileSync(path.join(outDir, file), 'utf8'));
        if (left)
          throw new Error(
            `kb-unused-infima: ${file}: expected no rule for ${unusedComponents.join(', ')}, received "${left[0]}"`,
          );
      }
      const uses = await unusedComponentUses(outDir);
      if (uses.length)
        throw new Error(
          `kb-unused-infima: expected no page or script to use the Infima components whose rules are dropped (${unusedComponents.join(', ')}), received:\n${uses.map((u) => `  ${u.file}: class "${u.used}"`).join('\n')}\nTake the component off unusedComponents in src/plugins/unusedInfima/index.ts.`,
        );
    },
  };
}
