/**
 * Issue 28: what runs where is enforced by the lint (eslint.config.mjs). Browser code never imports Node's
 * modules or the build's code; the model (src/kb, src/search, src/lib) imports neither React nor Node.
 */
import path from 'node:path';
import {ESLint} from 'eslint';
import {describe, expect, it} from 'vitest';

const root = path.resolve(__dirname, '../..');
const eslint = new ESLint({cwd: root});

/** The no-restricted-imports messages ESLint gives `code` as if it were the file at `file`. */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, {filePath: path.join(root, file)});
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('where code runs, as the lint enforces it', () => {
  it('fails on a node:fs import in browser code, and on the build’s code', async () => {
    for (const file of ['src/components/Probe/index.tsx', 'src/theme/Probe/index.tsx', 'src/hooks/useProbe.ts']) {
      const errors = await boundaryErrors(
        file,
        "import fs from 'node:fs';\nimport path from 'path';\nimport {loadKnowledgeBase} from '../../build/content';\nexport const x = [fs, path, loadKnowledgeBase];\n",
      );
      expect(errors, file).toHaveLength(3);
      expect(errors[0]).toMatch(/Node modules do not run in the browser/);
    }
  });

  it('fails on React or Docusaurus in the model, which the build and the evaluations also run', async () => {
    for (const file of ['src/kb/probe.ts', 'src/search/probe.ts', 'src/lib/probe.ts']) {
      const errors = await boundaryErrors(
        file,
        "import {useState} from 'react';\nimport Link from '@docusaurus/Link';\nimport fs from 'node:fs';\nexport const x = [useState, Link, fs];\n",
      );
      expect(errors, file).toHaveLength(3);
    }
  });

  it('keeps deploy code out of the browser, and the njs modules nginx runs to njs modules', async () => {
    const fromComponent =
      "import {startProdServer} from '../../../deploy/serve-prod';\nexport const x = startProdServer;\n";
    expect(await boundaryErrors('src/components/Probe/index.tsx', fromComponent)).toHaveLength(1);
    const njs =
      "import fs from 'fs';\nimport path from 'node:path';\nimport {z} from 'zod';\nexport default [fs, path, z];\n";
    const errors = await boundaryErrors('deploy/probe.js', njs);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/runs in nginx \(njs\)/);
    expect(await boundaryErrors('deploy/nginx/probe.ts', "import fs from 'node:fs';\nexport const x = fs;\n")).toEqual(
      [],
    );
  });

  it('lets build code use Node, and browser code use React and the model', async () => {
    expect(await boundaryErrors('src/build/probe.ts', "import fs from 'node:fs';\nexport const x = fs;\n")).toEqual([]);
    expect(
      await boundaryErrors(
        'src/components/Probe/index.tsx',
        "import {useState} from 'react';\nimport {fold} from '@site/src/lib/fold';\nexport const x = [useState, fold];\n",
      ),
    ).toEqual([]);
  });
});
