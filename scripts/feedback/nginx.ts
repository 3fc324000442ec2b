/**
 * The nginx side of reader feedback: loads njs, points BASE_URL_feedback at
 * deploy/feedback.js, and prepares FEEDBACK_DIR so the workers can append to
 * it (when nginx starts as root they run as another user: chown the folder to it).
 */
import fs from 'node:fs';
import path from 'node:path';
import {firstBlocked, lookupAccount, pathChain} from '../nginx-workers';

export const feedbackFileName = 'feedback.jsonl';
const recorder = path.resolve(__dirname, '../../deploy/feedback.js');

/** Per client address: 30 events a minute, bursts of 20 (a reader voting and searching never gets near). */
export const feedbackRate = {rate: '30r/m', burst: 20} as const;

export interface FeedbackConfigInput {
  readonly feedbackDir: string;
  readonly baseUrl: string;
  /** The USER line of the config: `user NAME GROUP;` when started as root, else a comment. */
  readonly user: string;
}

export interface FeedbackConfig {
  readonly loadModule: string;
  readonly http: string;
  readonly location: string;
  /** The log, or null when njs is not installed. */
  readonly file: string | null;
}

export function njsModulePath(): string {
  return path.join(process.env.NGINX_MODULES_DIR ?? '/usr/lib/nginx/modules', 'ngx_http_js_module.so');
}

/** Creates the folder and gives it to the workers' user, so they can append. */
function prepareDir(dir: string, user: string): void {
  fs.mkdirSync(dir, {recursive: true});
  const name = /^user (\S+) /.exec(user)?.[1];
  if (!name) return; // not root: the workers are this user, who just made the folder
  const account = lookupAccount(name);
  if (!account) throw new Error(`FEEDBACK_DIR: no account "${name}" to give ${dir} to (expected it in /etc/passwd)`);
  const file = path.join(dir, feedbackFileName);
  for (const p of [dir, ...(fs.existsSync(file) ? [file] : [])]) fs.chownSync(p, account.uid, account.gids[0]);
  const blocked = firstBlocked(account, pathChain(dir));
  if (blocked)
    throw new Error(
      `FEEDBACK_DIR: nginx workers run as "${name}" and cannot enter ${blocked} to write ${dir}: ` +
        'chmod o+x it, or set FEEDBACK_DIR to a folder they can reach (e.g. /var/lib/kb-feedback).',
    );
}

export function feedbackConfig({feedbackDir, baseUrl, user}: FeedbackConfigInput): FeedbackConfig {
  const njs = njsModulePath();
  if (!fs.existsSync(njs)) {
    const why = '# reader feedback: libnginx-mod-http-js (njs) is not installed; BASE_URL_feedback answers 404';
    return {loadModule: `# njs: apt-get install libnginx-mod-http-js`, http: why, location: why, file: null};
  }
  const file = path.join(feedbackDir, feedbackFileName);
  if (/["$\\\s;{}]/.test(file + recorder))
    throw new Error(`FEEDBACK_DIR cannot go into the nginx config as is: expected a plain path, received "${file}"`);
  prepareDir(feedbackDir, user);
  return {
    loadModule: `load_module ${njs};`,
    http: [
      '# Reader feedback (deploy/feedback.js): njs records, the zone limits each client address.',
      `    js_import feedback from ${recorder};`,
      `    limit_req_zone $binary_remote_addr zone=kb_feedback:1m rate=${feedbackRate.rate};`,
      '    limit_req_status 429;',
    ].join('\n'),
    location: [
      '# Reader feedback: POST only (405 otherwise, from the handler), 2 KB at most (413), rate-limited (429).',
      '        # No access log here: nothing ties a client address to the feedback it sent.',
      `        location = ${baseUrl}_feedback {`,
      `            limit_req zone=kb_feedback burst=${feedbackRate.burst} nodelay;`,
      '            client_max_body_size 2k;',
      '            client_body_buffer_size 4k;   # the whole body in memory, where njs reads it',
      '            client_body_in_single_buffer on;',
      '            access_log off;',
      `            set $feedback_file "${file}";`,
      '            js_content feedback.record;',
      '        }',
      '        # The build says {"record": false} here (static/feedback.json): this server does record.',
      `        location = ${baseUrl}feedback.json {`,
      '            default_type application/json;',
      `            return 200 '{"record": true}';`,
      '        }',
    ].join('\n'),
    file,
  };
}
