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
import {describeValue} from '../kb/errors';
import {frontMatterTodos} from './templateText';
import {zodProblems} from './zodProblems';

export const troubleshooterFileName = 'troubleshooter.json';

export function readTroubleshooter(
  guideDir: string,
  name: string,
  guide: string,
): {definition?: TroubleshooterDefinition; problems: ContentProblem[]; templateText: ContentProblem[]} {
  const file = path.join(guideDir, troubleshooterFileName);
  if (!fs.existsSync(file)) return {problems: [], templateText: []};
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    return {
      problems: [{file: name, field: 'troubleshooter', expected: 'a JSON file {path, start, questions}', received: (e as Error).message}],
      templateText: [],
    };
  }
  const parsed = troubleshooterFileSchema.safeParse(json);
  if (!parsed.success)
    return {
      problems: zodProblems(name, parsed.error, json).map((p) =>
        p.field === 'front matter' ? {...p, field: 'troubleshooter'} : p,
      ),
      templateText: [],
    };
  const {$comment: _, ...tree} = parsed.data;
  // new:guide scaffolds the tree with TODOs, as new:article does an article: a build refuses them.
  const templateText = frontMatterTodos(tree, '').map((t) => ({file: name, ...t, received: describeValue(t.received)}));
  return {definition: {guide, file: name, ...tree}, problems: [], templateText};
}
