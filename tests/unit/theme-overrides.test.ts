/**
 * UPGRADING.md's "Theme overrides" table lists every component under
 * src/theme with theme-classic's swizzle safety level, so that an upgrade
 * checks the unsafe ones by hand. The table must name each override, and
 * each level must still be what the installed theme declares
 * (its getSwizzleConfig, a theme plugin's public export): a component that
 * became unsafe, or an override added without a line, fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {getSwizzleConfig} from '@docusaurus/theme-classic';

const root = path.resolve(__dirname, '../..');
const themeDir = path.join(root, 'src/theme');

/** The theme components the site overrides: each file or folder under src/theme that a component resolves to. */
function overridden(): string[] {
  const names: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const e of fs.readdirSync(dir, {withFileTypes: true})) {
      const name = prefix + e.name.replace(/\.tsx?$/, '');
      if (e.isFile() && /\.tsx?$/.test(e.name) && prefix === '') names.push(name);
      if (!e.isDirectory()) continue;
      if (fs.existsSync(path.join(dir, e.name, 'index.tsx'))) names.push(name);
      walk(path.join(dir, e.name), `${name}/`);
    }
  };
  walk(themeDir, '');
  return names.sort();
}

/** Component → [what we do, safety] from the table. */
function table(): Map<string, {action: string; safety: string}> {
  const text = fs.readFileSync(path.join(root, 'UPGRADING.md'), 'utf8');
  const section = text.slice(text.indexOf('## Theme overrides'));
  const rows = new Map<string, {action: string; safety: string}>();
  for (const m of section.matchAll(/^\| `([^`]+)`\s*\|\s*(\w+)\s*\|\s*([^|]+?)\s*\|/gm))
    rows.set(m[1], {action: m[2], safety: m[3]});
  return rows;
}

describe('theme overrides', () => {
  const rows = table();
  const config = getSwizzleConfig?.()?.components ?? {};

  it('UPGRADING.md lists every component under src/theme, and nothing else', () => {
    expect([...rows.keys()].sort()).toEqual(overridden());
  });

  it.each([...rows])('%s: its safety level is the one the installed theme declares', (name, row) => {
    const action = row.action === 'wrap' ? 'wrap' : 'eject';
    // A component missing from the theme's list may be swizzled at the user's risk: unsafe.
    const declared = config[name]?.actions[action] ?? 'unsafe';
    expect(declared, `${name}: theme-classic forbids to ${action} it`).not.toBe('forbidden');
    expect(row.safety, `${name} (${row.action})`).toBe(declared);
  });
});
