/**
 * Reads a guide's troubleshooter (`docs/<guide>/troubleshooter.json`, optional): schema-checked data,
 * problems named by file and field. The paths are checked against the articles afterwards
 * (src/build/troubleshooterCheck.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type {ContentProblem} from '../kb/errors';
import {troubleshooterFileSchema} from '../kb/troubleshooter/schema';
import type {TroubleshooterDefinition} from '../kb/troubleshooter/types';
import {zodProblems} from './zodProblems';

export const troubleshooterFileName = 'troubleshooter.json';

export function readTroubleshooter(
  guideDir: string,
  name: string,
  guide: string,
): {definition?: TroubleshooterDefinition; problems: ContentProblem[]} {
  const file = path.join(guideDir, troubleshooterFileName);
  if (!fs.existsSync(file)) return {problems: []};
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    return {problems: [{file: name, field: 'troubleshooter', expected: 'a JSON file {path, start, questions}', received: (e as Error).message}]};
  }
  const parsed = troubleshooterFileSchema.safeParse(json);
  if (!parsed.success)
    return {
      problems: zodProblems(name, parsed.error, json).map((p) =>
        p.field === 'front matter' ? {...p, field: 'troubleshooter'} : p,
      ),
    };
  const {$comment: _, ...tree} = parsed.data;
  return {definition: {guide, file: name, ...tree}, problems: []};
}
