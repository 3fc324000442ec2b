/**
 * Request limits and the proxy set-up (issue 27, item 4), on an instance of
 * its own: real_ip trusts loopback, as it would trust a proxy in front, so
 * X-Forwarded-For stands for readers at other addresses; the rate is small so
 * that a few dozen requests cross it. Also: a refusal writes nothing to
 * error.log, and the logs rotate by rename plus USR1 (deploy/README.md "Limits", "Logs").
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, inject, it} from 'vitest';
import {ownServer} from './support';

const nginx = inject('nginx');
const rate = {limitRate: 2, limitBurst: 10};
const server = ownServer({realIpFrom: ['127.0.0.1'], limits: rate});

/** Statuses of `addresses.length` GETs of the home page, one per address, all at once. */
async function statuses(addresses: readonly string[]): Promise<number[]> {
  return Promise.all(
    addresses.map(async (address) => {
      const res = await fetch(`${server().url}${nginx.baseUrl}`, {
        headers: address ? {'x-forwarded-for': address} : {},
      });
      await res.arrayBuffer();
      return res.status;
    }),
  );
}

const count = (list: number[], status: number) => list.filter((s) => s === status).length;
const requests = rate.limitBurst * 3;

describe('the request rate limit', () => {
  it('holds for one address', async () => {
    const got = await statuses(Array.from({length: requests}, () => '198.51.100.7'));
    expect(count(got, 429)).toBeGreaterThanOrEqual(requests - rate.limitBurst - 2);
  });

  it('holds across the addresses of one IPv6 /64, however they are written', async () => {
    const forms = ['2001:db8:5:6::', '2001:db8:5:6:0:0:0:', '2001:db8:5:6:ffff:0:0:'];
    const addresses = Array.from({length: requests}, (_, i) => `${forms[i % forms.length]}${(i + 1).toString(16)}`);
    const got = await statuses(addresses);
    expect(count(got, 429), got.join(' ')).toBeGreaterThanOrEqual(requests - rate.limitBurst - 2);
  });

  // nginx writes an address with its longest run of zeros as "::", which may fall inside the /64 or not.
  it.each([
    ['2001:db8::n and 2001:db8::n:0:0:1', (n: string) => `2001:db8::${n}`, (n: string) => `2001:db8:0:0:${n}:0:0:1`],
    ['2001::5:n:7:8:9 and 2001:0:0:5::n', (n: string) => `2001:0:0:5:${n}:7:8:9`, (n: string) => `2001:0:0:5::${n}`],
  ])('holds for a /64 whose addresses nginx writes as %s', async (_, odd, even) => {
    const addresses = Array.from({length: requests}, (_, i) => (i % 2 ? odd : even)((i + 1).toString(16)));
    const got = await statuses(addresses);
    expect(count(got, 429), got.join(' ')).toBeGreaterThanOrEqual(requests - rate.limitBurst - 2);
  });

  it('keeps readers at other addresses and /64s apart', async () => {
    const addresses = Array.from({length: requests}, (_, i) =>
      i % 2 ? `203.0.113.${i + 1}` : `2001:db8:7:${(i + 1).toString(16)}::1`,
    );
    expect(count(await statuses(addresses), 429)).toBe(0);
  });

  it('does not limit loopback itself (a local proxy without real_ip, a health check, a benchmark)', async () => {
    expect(count(await statuses(Array.from({length: requests}, () => '')), 429)).toBe(0);
  });

  it('writes no line to error.log for a refusal', async () => {
    const got = await statuses(Array.from({length: requests}, () => '198.51.100.9'));
    expect(count(got, 429)).toBeGreaterThan(0);
    expect(fs.readFileSync(server().errorLog, 'utf8')).not.toMatch(/limiting (requests|connections)/);
  });

  it('logs the reader address real_ip found, not the proxy', async () => {
    await statuses(['192.0.2.44']);
    const log = fs.readFileSync(path.join(path.dirname(server().errorLog), 'access.log'), 'utf8');
    expect(log).toMatch(/^192\.0\.2\.44 - /m);
  });
});

describe('log rotation', () => {
  it('starts new logs after a rename and USR1 to the pid in the run folder, losing no line', async () => {
    const logs = path.dirname(server().errorLog);
    const access = path.join(logs, 'access.log');
    fs.renameSync(access, `${access}.1`);
    fs.renameSync(server().errorLog, `${server().errorLog}.1`);
    const pid = Number(fs.readFileSync(path.join(server().prefix, 'nginx.pid'), 'utf8'));
    process.kill(pid, 'SIGUSR1');
    await expect.poll(() => fs.existsSync(access) && fs.existsSync(server().errorLog), {timeout: 5000}).toBe(true);
    // The workers reopen a moment after the master: until then a line still goes to the renamed file, never nowhere.
    let sent = 0;
    const lines = (file: string) => fs.readFileSync(file, 'utf8').match(/^192\.0\.2\.45 - /gm)?.length ?? 0;
    await expect
      .poll(
        async () => {
          sent += (await statuses(['192.0.2.45'])).length;
          return lines(access);
        },
        {timeout: 10_000},
      )
      .toBeGreaterThan(0);
    expect(lines(access) + lines(`${access}.1`)).toBe(sent);
  });
});
