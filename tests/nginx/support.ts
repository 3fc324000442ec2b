import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, inject} from 'vitest';
import {startProdServer, type ProdServer, type ProdServerOptions} from '../../deploy/serve-prod';
import {pagesToCheck} from '../e2e/knowledgeBase';
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

/** The pages of the served build a sweep visits: its whole sitemap, sampled on a generated one (pagesToCheck). */
export function pagePaths({buildDir}: NginxUnderTest): string[] {
  return pagesToCheck(buildDir);
}

/** URL path of a built file in assets/js whose name starts with `prefix` (main., search-engine.). */
export function assetPath({buildDir, baseUrl}: NginxUnderTest, prefix: string): string {
  const name = fs.readdirSync(path.join(buildDir, 'assets/js')).find((f) => f.startsWith(prefix) && f.endsWith('.js'));
  if (!name) throw new Error(`No assets/js/${prefix}*.js in ${buildDir}`);
  return `${baseUrl}assets/js/${name}`;
}

/**
 * URL path of the largest term shard of the search index,
 * assets/search-index/<content hash>/t/<n>.json (src/search/build/): big
 * enough to be compressed (the manifest of a small site is under gzip_min_length).
 */
export function searchIndexPath({buildDir, baseUrl}: NginxUnderTest): string {
  const parent = path.join(buildDir, 'assets/search-index');
  const hash = fs.existsSync(parent) ? fs.readdirSync(parent).find((d) => /^[0-9a-f]+$/.test(d)) : undefined;
  if (!hash) throw new Error(`No ${parent}/<hash>/ in ${buildDir}: expected the search index the kb plugin writes`);
  const shards = path.join(parent, hash, 't');
  const [largest] = fs
    .readdirSync(shards)
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => fs.statSync(path.join(shards, b)).size - fs.statSync(path.join(shards, a)).size);
  if (!largest) throw new Error(`No term shard in ${shards}: expected t/<n>.json`);
  return `${baseUrl}assets/search-index/${hash}/t/${largest}`;
}

/**
 * A serve-prod instance of a test file's own (its limits or proxy set-up differ from the suite's), serving the
 * suite's build: started before the file's tests, stopped after. Returns the running server.
 */
export function ownServer(options: Partial<ProdServerOptions>): () => ProdServer {
  const nginx = inject('nginx');
  let server: ProdServer | undefined;
  beforeAll(async () => {
    server = await startProdServer({dir: nginx.buildDir, baseUrl: nginx.baseUrl, port: 0, quiet: true, ...options});
  });
  afterAll(async () => {
    await server?.stop();
  });
  return () => {
    if (!server) throw new Error('ownServer: expected the server started in beforeAll, received none');
    return server;
  };
}
