import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postcss from 'postcss';
import {afterAll, describe, expect, it} from 'vitest';
import {dropUnusedRules, unusedComponentUses} from '../../src/plugins/unusedInfima';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-unused-infima-'));
afterAll(() => fs.rmSync(work, {recursive: true, force: true}));

/** The stylesheet after the plugin, with the other plugins a build runs beside it (each listening to rules). */
async function purged(css: string): Promise<string> {
  const alsoListening = {postcssPlugin: 'listener', Rule: () => undefined};
  return (await postcss([alsoListening, dropUnusedRules]).process(css, {from: undefined})).css;
}

describe('Infima rules for components no page renders', () => {
  it('drops every rule of them, however many in a row, and keeps every other', async () => {
    const css = [
      '.card{a:1}',
      '.card__body{a:2}',
      '.card--full-height{a:3}',
      '@media (max-width:996px){.tabs__item{a:4}.tabs--block .tabs__item{a:5}}',
      '.tabs-container{b:1}',
      '.cardinal{b:2}',
      '.button{b:3}',
      '.pills__item, .menu__link{b:4}',
    ].join('\n');
    const out = await purged(css);
    expect(out).not.toMatch(/\.card[{_-]|\.tabs__|\.tabs--|\.pills/);
    for (const kept of ['.tabs-container{b:1}', '.cardinal{b:2}', '.button{b:3}', '.menu__link{b:4}'])
      expect(out).toContain(kept);
  });

  it('finds a page or script that uses one, by its class, and not the word in a page’s text', async () => {
    const out = path.join(work, 'build');
    fs.mkdirSync(path.join(out, 'assets/js'), {recursive: true});
    fs.writeFileSync(path.join(out, 'text.html'), '<p class="lead">Pay with the corporate credit card or tabs.</p>');
    // An article's text in its chunk is a string too.
    fs.writeFileSync(path.join(out, 'assets/js/0.js'), 'e(p,{children:"Pay by card "}),e("b",{children:"card"})');
    expect(await unusedComponentUses(out)).toEqual([]);
    fs.writeFileSync(path.join(out, 'page.html'), '<div class="card shadow--md">x</div>');
    fs.writeFileSync(path.join(out, 'assets/js/1.js'), 'e("ul",{className:"tabs tabs--block"})');
    expect(await unusedComponentUses(out)).toEqual([
      {file: 'assets/js/1.js', used: 'tabs'},
      {file: 'page.html', used: 'card'},
    ]);
  });
});
