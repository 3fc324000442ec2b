import fs from 'node:fs';
import path from 'node:path';
import type {TestProject} from 'vitest/node';
import {startStaticServer} from '../../scripts/serve-static';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** Serves build/ (run `npm run build` first) for every browser test file. */
export default async function setup(project: TestProject) {
  // E2E_BUILD_DIR: another build, e.g. the generated multi-guide one (npm run test:multi).
  const dir = path.resolve(process.env.E2E_BUILD_DIR ?? path.join(__dirname, '../../build'));
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`No build at ${dir}: run "npm run build" before the browser tests.`);
  }
  const server = await startStaticServer({dir});
  project.provide('baseURL', server.url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
