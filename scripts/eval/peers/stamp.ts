/**
 * Peers are built once and reused while their inputs stay the same: a
 * stamp file beside the output holds a hash of those inputs.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** A hash of some strings and of every file below the given folders (paths and bytes). */
export function inputsHash(parts: readonly string[], dirs: readonly string[]): string {
  const h = crypto.createHash('sha256');
  for (const p of parts) h.update(`${p}\0`);
  for (const dir of dirs)
    for (const file of fs
      .readdirSync(dir, {recursive: true, withFileTypes: true})
      .filter((e) => e.isFile())
      .map((e) => path.join(e.parentPath, e.name))
      .sort()) {
      h.update(`${path.relative(dir, file)}\0`);
      h.update(fs.readFileSync(file));
    }
  return h.digest('hex').slice(0, 16);
}

const stampFile = (outDir: string) => path.join(outDir, '.eval-stamp');

export const isFresh = (outDir: string, hash: string): boolean =>
  fs.existsSync(stampFile(outDir)) && fs.readFileSync(stampFile(outDir), 'utf8') === hash;

export const writeStamp = (outDir: string, hash: string): void => fs.writeFileSync(stampFile(outDir), hash);
