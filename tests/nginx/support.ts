import fs from 'node:fs';
import path from 'node:path';
import {sitemapPaths} from '../e2e/browser';
import type {NginxUnderTest} from './setup';

/** Directive name → sources, from a Content-Security-Policy header. */
export function parseCsp(header: string): Map<string, string[]> {
  return new Map(
    header
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values]),
  );
}

/** Every page of the served build's sitemap (sitemapPaths() reads ./build; BUILD_DIR may point elsewhere). */
export function pagePaths({buildDir}: NginxUnderTest): string[] {
  return sitemapPaths(buildDir);
}

/** URL path of a built file in assets/js whose name starts with `prefix` (main., search-index.). */
export function assetPath({buildDir, baseUrl}: NginxUnderTest, prefix: string): string {
  const name = fs.readdirSync(path.join(buildDir, 'assets/js')).find((f) => f.startsWith(prefix) && f.endsWith('.js'));
  if (!name) throw new Error(`No assets/js/${prefix}*.js in ${buildDir}`);
  return `${baseUrl}assets/js/${name}`;
}
