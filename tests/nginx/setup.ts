import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {TestProject} from 'vitest/node';
import {startProdServer} from '../../deploy/serve-prod';

export interface NginxUnderTest {
  /** The build nginx serves. */
  readonly buildDir: string;
  /** The folder nginx's root points at: the build, or a readable copy of it (deploy/nginx/workers.ts). */
  readonly servedDir: string;
  /** The BASE_URL it was built with: "/" or "/docs/". */
  readonly baseUrl: string;
  /** The Content-Security-Policy serve-prod computed from the build. */
  readonly csp: string;
  /** Whether the brotli module was loaded. */
  readonly brotli: boolean;
  /** The reader-feedback log nginx appends to (in a temp FEEDBACK_DIR), or null without njs. */
  readonly feedbackFile: string | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    nginx: NginxUnderTest;
  }
}

/** Starts the real nginx on a free loopback port for every test file, and stops it after. */
export default async function setup(project: TestProject) {
  const server = await startProdServer({
    dir: process.env.BUILD_DIR ?? path.resolve(__dirname, '../../build'),
    port: 0,
    quiet: true,
    // Under the OS temp dir, which every worker user may enter; removed after the run.
    feedbackDir: fs.mkdtempSync(path.join(os.tmpdir(), 'kb-feedback-')),
  });
  project.provide('baseURL', server.url);
  project.provide('nginx', {
    buildDir: server.buildDir,
    servedDir: server.servedDir,
    baseUrl: server.baseUrl,
    csp: server.csp,
    brotli: server.brotli,
    feedbackFile: server.feedbackFile,
  });
  return async () => {
    await server.stop();
    if (server.feedbackFile) fs.rmSync(path.dirname(server.feedbackFile), {recursive: true, force: true});
  };
}
