import fs from 'node:fs';
import path from 'node:path';
import type {TestProject} from 'vitest/node';
import {startStaticServer} from '../../deploy/serve-static';
import {builtSiteDir} from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** Serves build/ (run `npm run build` first) for every browser test file. */
export default async function setup(project: TestProject) {
  const dir = builtSiteDir;
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`No build at ${dir}: run "npm run build" before the browser tests.`);
  }
  const server = await startStaticServer({dir});
  project.provide('baseURL', server.url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
