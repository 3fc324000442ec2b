/**
 * Slow clients cannot take the site down for long (issue 27, item 4): from one
 * address, twice as many half-open connections as nginx's workers can hold,
 * each sending part of a request header and never the rest; a reader still
 * gets the page within 2 s. nginx closes a connection it has no room for, so
 * the reader retries, as a reload would, until the header timeout frees the
 * slow ones. This instance has small limits (a few dozen connections, a 1 s
 * timeout) to stay fast; production has the same directives with larger
 * values (deploy/README.md "Limits"). With nginx's 60 s default the reader waits a minute.
 */
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import {afterAll, describe, expect, inject, it} from 'vitest';
import {ownServer} from './support';

const nginx = inject('nginx');
const sockets = new Set<net.Socket>();
const server = ownServer({limits: {workerConnections: 32, clientTimeout: 1}});

afterAll(() => {
  for (const socket of sockets) socket.destroy();
});

/** How many connections nginx holds at most: worker_connections times the workers, from the rendered config. */
function connectionCapacity(configFile: string): number {
  const config = fs.readFileSync(configFile, 'utf8');
  const perWorker = Number(/worker_connections\s+(\d+);/.exec(config)?.[1]);
  const workers = /worker_processes\s+(\d+);/.exec(config)?.[1];
  if (!perWorker) throw new Error(`${configFile}: expected a worker_connections line`);
  return perWorker * (workers ? Number(workers) : os.availableParallelism());
}

/** A connection that sends the start of a request header and never ends it; resolves once that is written. */
function halfOpen(url: URL): Promise<void> {
  return new Promise((resolve) => {
    const socket = net.connect(Number(url.port), url.hostname, () => {
      socket.write(`GET ${nginx.baseUrl} HTTP/1.1\r\nHost: ${url.host}\r\nX-Slow: `, () => resolve());
    });
    socket.on('error', () => undefined); // no room: nginx closed it, as intended
    socket.on('close', () => {
      sockets.delete(socket);
      resolve();
    });
    sockets.add(socket);
  });
}

/** `count` half-open connections, a few at a time, so that nginx reads each one's header before the next. */
async function openSlowly(url: URL, count: number): Promise<void> {
  for (let opened = 0; opened < count; opened += 10)
    await Promise.all(Array.from({length: Math.min(10, count - opened)}, () => halfOpen(url)));
}

/** One GET on a connection of its own: the status, or the error. */
function getOnce(url: string, timeoutMs: number): Promise<number | string> {
  return new Promise((resolve) => {
    const req = http.get(url, {agent: false, timeout: timeoutMs}, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', (error) => resolve(error.message));
  });
}

describe('nginx under more half-open connections than its workers hold', () => {
  it('still answers a reader within 2 s', async () => {
    const url = new URL(server().url);
    const capacity = connectionCapacity(server().configFile);
    const slow = capacity * 2;
    await openSlowly(url, slow);

    const started = Date.now();
    const attempts: (number | string)[] = [];
    while (Date.now() - started < 2000) {
      const result = await getOnce(
        `${server().url}${nginx.baseUrl}articles/order-cancelled`,
        2000 - (Date.now() - started),
      );
      attempts.push(result);
      if (result === 200) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(
      attempts.at(-1),
      `${slow} half-open connections against room for ${capacity}; the reader's attempts: ${attempts.join(', ')}`,
    ).toBe(200);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
