/**
 * Writes `FILE.gz` and `FILE.br` beside each text file of a build, so that
 * nginx sends them as they are (gzip_static, brotli_static) instead of
 * compressing the same bytes on every request. Highest levels: the work is
 * done once per file, not once per response.
 *
 * A compressed copy gets the mtime of its source: nginx's Last-Modified is
 * then the same for every encoding, and a copy older than its source (the
 * source edited or replaced since) is written again, never served stale.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import {globSync} from 'tinyglobby';

/** The text types the build ships; images and fonts are compressed already. */
export const precompressedExtensions = ['.html', '.js', '.css', '.json', '.svg', '.txt', '.xml', '.md'] as const;

/** Below this, the headers outweigh any saving (nginx's gzip_min_length). */
export const precompressMinSize = 256;

const encoders = {
  '.gz': (data: Buffer) => zlib.gzipSync(data, {level: 9}),
  '.br': (data: Buffer) =>
    zlib.brotliCompressSync(data, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
} as const;

export interface PrecompressResult {
  /** Compressed files written (stale or missing before). */
  readonly written: number;
  /** Compressed files already up to date. */
  readonly fresh: number;
}

const textFiles = (dir: string): string[] =>
  globSync(`**/*{${precompressedExtensions.join(',')}}`, {cwd: dir, absolute: true, dot: true});

/** Whole milliseconds: utimes keeps no more than that of a Date. */
const mtimeOf = (stat: fs.Stats) => Math.floor(stat.mtimeMs);

/** Compresses every text file of `dir` that has no up-to-date .gz and .br beside it. */
export function precompress(dir: string): PrecompressResult {
  let written = 0;
  let fresh = 0;
  for (const file of textFiles(dir)) {
    const source = fs.statSync(file);
    if (source.size < precompressMinSize) continue;
    let data: Buffer | undefined;
    for (const [suffix, encode] of Object.entries(encoders)) {
      const target = `${file}${suffix}`;
      const existing = fs.statSync(target, {throwIfNoEntry: false});
      // Equal, not newer: a source put back with an older mtime (a restored file) is compressed again too.
      if (existing && mtimeOf(existing) === mtimeOf(source)) {
        fresh++;
        continue;
      }
      data ??= fs.readFileSync(file);
      // Under a temp name, then renamed: nginx never sends a half-written file.
      const temp = `${target}.${process.pid}.tmp`;
      fs.writeFileSync(temp, encode(data));
      // In seconds with their fraction: a Date keeps whole milliseconds, rounded, and could land one past the source's.
      fs.utimesSync(temp, source.atimeMs / 1000, source.mtimeMs / 1000);
      fs.renameSync(temp, target);
      written++;
    }
  }
  return {written, fresh};
}

/** precompress, or where the folder cannot be written, a warning saying what the server does instead (`fallback`). */
export function precompressOrWarn(dir: string, fallback: string): void {
  try {
    precompress(dir);
  } catch (error) {
    console.warn(`Could not write .gz and .br files in ${dir} (${fallback}): ${String(error)}`);
  }
}
