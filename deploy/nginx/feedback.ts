/**
 * The nginx side of reader feedback: loads njs, points BASE_URL_feedback at
 * deploy/feedback.js, and gives that location an access log of its own,
 * FEEDBACK_DIR/feedback.jsonl, which holds the checked event and nothing else.
 */
import fs from 'node:fs';
import path from 'node:path';

export const feedbackFileName = 'feedback.jsonl';
const recorder = path.resolve(__dirname, '../feedback.js');

/** Per client address: 30 events a minute, bursts of 20 (a reader voting and searching never gets near). */
export const feedbackRate = {rate: '30r/m', burst: 20} as const;

export interface FeedbackConfigInput {
  readonly feedbackDir: string;
  readonly baseUrl: string;
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

/** The log's mode: it holds what readers wrote, so only its owner reads it. */
export const feedbackFileMode = 0o600;

/**
 * Creates the folder and the log in it, 0600. nginx's master opens the log before
 * the workers drop root, so the workers' user needs no way into the folder (a 0700
 * checkout is fine) nor any right on the file; on a reopen (USR1) the master hands
 * the file to that user and keeps it 0600. nginx itself would create it 0644.
 */
export function prepareFeedbackLog(dir: string): string {
  try {
    fs.mkdirSync(dir, {recursive: true});
  } catch (error) {
    throw new Error(`FEEDBACK_DIR: expected a folder this user can create or use, received ${dir}: ${String(error)}`, {
      cause: error,
    });
  }
  const file = path.join(dir, feedbackFileName);
  try {
    fs.closeSync(fs.openSync(file, 'a', feedbackFileMode)); // the mode applies to a new file only
    if (fs.statSync(file).mode & 0o077) fs.chmodSync(file, feedbackFileMode); // one made before this rule
  } catch (error) {
    throw new Error(
      `${file}: expected a feedback log this user can create and keep at 0600, received ${String(error)}`,
      {
        cause: error,
      },
    );
  }
  return file;
}

export function feedbackConfig({feedbackDir, baseUrl}: FeedbackConfigInput): FeedbackConfig {
  const njs = njsModulePath();
  if (!fs.existsSync(njs)) {
    const why = '# reader feedback: libnginx-mod-http-js (njs) is not installed; BASE_URL_feedback answers 404';
    return {loadModule: `# njs: apt-get install libnginx-mod-http-js`, http: why, location: why, file: null};
  }
  const file = path.join(feedbackDir, feedbackFileName);
  if (/["$\\\s;{}]/.test(file + recorder))
    throw new Error(`FEEDBACK_DIR cannot go into the nginx config as is: expected a plain path, received "${file}"`);
  prepareFeedbackLog(feedbackDir);
  return {
    loadModule: `load_module ${njs};`,
    http: [
      '# Reader feedback (deploy/feedback.js): njs records, the zone limits each client (its address, or its IPv6 /64).',
      `    js_import feedback from ${recorder};`,
      '    js_var $feedback_line;',
      "    log_format kb_feedback escape=none '$feedback_line';",
      `    limit_req_zone $kb_client_key zone=kb_feedback:1m rate=${feedbackRate.rate};`,
      '    limit_req_status 429;',
    ].join('\n'),
    location: [
      '# Reader feedback: POST only (405 otherwise, from the handler), 2 KB at most (413), rate-limited (429).',
      '        # Its only log is the feedback itself: the event as deploy/feedback.js checked and masked it, never an address.',
      `        location = ${baseUrl}_feedback {`,
      `            limit_req zone=kb_feedback burst=${feedbackRate.burst} nodelay;`,
      '            client_max_body_size 2k;',
      '            client_body_buffer_size 4k;   # the whole body in memory, where njs reads it',
      '            client_body_in_single_buffer on;',
      `            access_log ${file} kb_feedback if=$feedback_line;`,
      '            js_content feedback.record;',
      '        }',
      '        # The build says {"record": false} here (static/feedback.json): this server does record.',
      `        location = ${baseUrl}feedback.json {`,
      '            access_log off;   # asked by every reader who votes or searches: no address trail',
      '            default_type application/json;',
      `            return 200 '{"record": true}';`,
      '        }',
    ].join('\n'),
    file,
  };
}
