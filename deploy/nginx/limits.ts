/**
 * What bounds one client in the nginx config (deploy/README.md "Limits"): connections
 * per worker, timeouts for slow clients, concurrent requests and a request
 * rate per address, where every address of one IPv6 /64 counts as one
 * (a single host usually holds a whole /64), and the real_ip set-up for a
 * proxy in front. Each knob is an option of serve-prod, a CLI flag and an
 * environment variable.
 */
import net from 'node:net';

export interface ServerLimits {
  /** Connections each worker holds (events.worker_connections). */
  readonly workerConnections: number;
  /** Seconds a client may take to send its headers, or its body, or to read the next part of a response. */
  readonly clientTimeout: number;
  /** Seconds an idle keep-alive connection is kept. */
  readonly keepaliveTimeout: number;
  /** Requests in progress at once per address (or /64). */
  readonly limitConn: number;
  /** Requests per second per address (or /64), over time. */
  readonly limitRate: number;
  /** Requests per address (or /64) answered at once above the rate before 429s. */
  readonly limitBurst: number;
}

/** Generous for readers (a page and its assets are a few dozen requests), small for one flooding host. */
export const defaultLimits: ServerLimits = {
  workerConnections: 4096,
  clientTimeout: 10,
  keepaliveTimeout: 15,
  limitConn: 64,
  limitRate: 50,
  limitBurst: 200,
};

/** Environment variable and CLI flag of each knob. */
export const limitKnobs: Record<keyof ServerLimits, {readonly env: string; readonly flag: string}> = {
  workerConnections: {env: 'WORKER_CONNECTIONS', flag: 'worker-connections'},
  clientTimeout: {env: 'CLIENT_TIMEOUT', flag: 'client-timeout'},
  keepaliveTimeout: {env: 'KEEPALIVE_TIMEOUT', flag: 'keepalive-timeout'},
  limitConn: {env: 'LIMIT_CONN', flag: 'limit-conn'},
  limitRate: {env: 'LIMIT_RATE', flag: 'limit-rate'},
  limitBurst: {env: 'LIMIT_BURST', flag: 'limit-burst'},
};

/** The limits: options first, then the environment, then the defaults; each a positive whole number. */
export function resolveLimits(
  options: Partial<Record<keyof ServerLimits, number | string | undefined>> = {},
  env: NodeJS.ProcessEnv = process.env,
): ServerLimits {
  const entries = Object.entries(limitKnobs).map(([key, knob]) => {
    const raw = options[key as keyof ServerLimits] ?? env[knob.env];
    if (raw === undefined || raw === '') return [key, defaultLimits[key as keyof ServerLimits]];
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`${knob.env} (--${knob.flag}): expected a whole number above 0, received "${raw}"`);
    return [key, value];
  });
  return Object.fromEntries(entries) as ServerLimits;
}

/** A soft limit on open files that fits the workers: a connection may hold a socket and an open file. */
export function openFilesFor(limits: ServerLimits): number {
  return limits.workerConnections * 2 + 64;
}

/**
 * The real_ip directives for a proxy at these addresses (IPs or CIDR ranges), or a comment when there is
 * none: then X-Forwarded-For is never trusted, and the limits see the proxy's address.
 */
export function realIpConfig(from: readonly string[]): string {
  if (!from.length) return '# real_ip: off (serve-prod --real-ip-from ADDRESS, or REAL_IP_FROM, behind a proxy)';
  for (const entry of from) {
    const [address, bits, ...rest] = entry.split('/');
    const family = net.isIP(address);
    const maxBits = family === 6 ? 128 : 32;
    if (!family || rest.length || (bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= maxBits)))
      throw new Error(
        `REAL_IP_FROM (--real-ip-from): expected IP addresses or CIDR ranges, comma-separated, received "${entry}"`,
      );
  }
  return [
    '# The proxy in front (deploy/README.md "Behind a proxy"): the reader is the last address it added to X-Forwarded-For.',
    ...from.map((entry) => `    set_real_ip_from ${entry};`),
    '    real_ip_header X-Forwarded-For;',
    '    real_ip_recursive on;',
  ].join('\n');
}

/** "a, b" or ["a", "b"], or REAL_IP_FROM: the proxies' addresses. */
export function resolveRealIpFrom(
  option: readonly string[] | string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string[] {
  const raw = option ?? env.REAL_IP_FROM ?? '';
  const list = typeof raw === 'string' ? raw.split(',') : raw;
  return list.map((s) => s.trim()).filter(Boolean);
}
