import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {feedbackFileName, prepareFeedbackLog} from '../../deploy/nginx/feedback';

// The log holds what readers wrote: nginx would create it 0644, serve:prod creates it first (the real
// nginx's file is checked in tests/nginx/feedback.test.ts).
describe('prepareFeedbackLog', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-feedback-mode-'));
    dirs.push(dir);
    return dir;
  };
  const mode = (file: string) => (fs.statSync(file).mode & 0o777).toString(8);
  afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, {recursive: true, force: true})));

  it('creates the folder and an empty log that only its owner may read', () => {
    const dir = path.join(tempDir(), 'feedback');
    const file = prepareFeedbackLog(dir);
    expect(file).toBe(path.join(dir, feedbackFileName));
    expect(mode(file)).toBe('600');
    expect(fs.readFileSync(file, 'utf8')).toBe('');
  });

  it('tightens a log that an earlier serve:prod left world-readable, keeping its lines', () => {
    const dir = tempDir();
    const file = path.join(dir, feedbackFileName);
    fs.writeFileSync(file, '{"type":"search"}\n', {mode: 0o644});
    fs.chmodSync(file, 0o644);
    prepareFeedbackLog(dir);
    expect(mode(file)).toBe('600');
    expect(fs.readFileSync(file, 'utf8')).toBe('{"type":"search"}\n');
  });
});
