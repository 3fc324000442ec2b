import fs from 'node:fs';
import http from 'node:http';
import type {FeedbackLine} from '../../deploy/feedback';
import type {NginxUnderTest} from './setup';

/** The feedback log under test; fails with the reason when nginx records none (no njs). */
export function feedbackFile({feedbackFile}: NginxUnderTest): string {
  if (!feedbackFile)
    throw new Error('serve:prod records no feedback: njs is missing (apt-get install libnginx-mod-http-js)');
  return feedbackFile;
}

/** The log's size now: lines written after it are what a test caused. */
export function mark(file: string): number {
  return fs.existsSync(file) ? fs.statSync(file).size : 0;
}

/**
 * Loopback addresses for many requests: a new one every `perAddress` requests, under
 * the feedback zone's burst, so the rate limit (tested on its own) lets every one by.
 */
export function addressesFor(subnet: number, perAddress = 15): () => string {
  let sent = 0;
  return () => {
    const n = Math.floor(sent++ / perAddress);
    return `127.${subnet}.${Math.floor(n / 250)}.${(n % 250) + 1}`;
  };
}

/** Every line written since `from`, raw. */
export function rawLinesSince(file: string, from: number): string[] {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file).subarray(from).toString('utf8').split('\n').filter(Boolean);
}

export function linesSince(file: string, from: number): FeedbackLine[] {
  return rawLinesSince(file, from).map((l) => JSON.parse(l) as FeedbackLine);
}

/**
 * The lines written since `from`, once the log has stopped growing. nginx writes
 * an event in its log phase, just after the 204 has gone out, so a client can
 * read the file a moment before its own line is there.
 */
export async function settledLinesSince(file: string, from: number): Promise<string[]> {
  let size = mark(file);
  for (let still = 0; still < 3;) {
    await new Promise((r) => setTimeout(r, 50));
    const now = mark(file);
    still = now === size ? still + 1 : 0;
    size = now;
  }
  return rawLinesSince(file, from);
}

export interface Sent {
  readonly status: number;
  readonly body: string;
  readonly headers: http.IncomingHttpHeaders;
}

/**
 * One request from a chosen loopback address: the rate limit is per client
 * address, so a test that exhausts it uses its own (127.0.0.x all reach lo).
 * `timeoutMs` fails a request that gets no answer (a worker stuck in njs).
 */
export function send(
  url: string,
  {
    method = 'POST',
    body,
    from = '127.0.0.1',
    headers = {},
    timeoutMs,
  }: {method?: string; body?: string; from?: string; headers?: Record<string, string>; timeoutMs?: number},
): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method,
        localAddress: from,
        headers: {...(body === undefined ? {} : {'content-type': 'application/json'}), ...headers},
      },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => resolve({status: res.statusCode ?? 0, body: text, headers: res.headers}));
      },
    );
    req.on('error', reject);
    if (timeoutMs)
      req.setTimeout(timeoutMs, () => req.destroy(new Error(`${method} ${url}: no answer within ${timeoutMs} ms`)));
    req.end(body);
  });
}
