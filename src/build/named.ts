/**
 * Reads a guide's named things (`docs/<guide>/named.json`, optional), checked: the schema, an article of
 * the guide, each name once. Problems name the file and the entry.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describeValue, type ContentProblem} from '../kb/errors';
import {namedFileSchema} from '../kb/namedSchema';
import type {ArticleRecord} from '../kb/types';
import {wordsOf, type NamedGroup} from '../search/named';
import {zodProblems} from './zodProblems';

export const namedFileName = 'named.json';

export function readNamed(
  guideDir: string,
  name: string,
  articles: readonly ArticleRecord[],
): {group?: NamedGroup; problems: ContentProblem[]} {
  const file = path.join(guideDir, namedFileName);
  if (!fs.existsSync(file)) return {problems: []};
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    return {problems: [{file: name, field: 'named', expected: 'a JSON file {article, entries}', received: (e as Error).message}]};
  }
  const parsed = namedFileSchema.safeParse(json);
  if (!parsed.success)
    return {
      problems: zodProblems(name, parsed.error, json).map((p) => (p.field === 'front matter' ? {...p, field: 'named'} : p)),
    };
  const {$comment: _, ...group} = parsed.data;
  const problems: ContentProblem[] = [];
  if (!articles.some((a) => a.kbId === group.article))
    problems.push({
      file: name,
      field: 'article',
      expected: `an article of the guide (${articles.map((a) => a.kbId).join(', ')})`,
      received: describeValue(group.article),
    });
  const seen = new Map<string, number>();
  group.entries.forEach((entry, i) =>
    entry.names.forEach((n, j) => {
      const key = wordsOf(n);
      const first = seen.get(key);
      if (first !== undefined && first !== i)
        problems.push({file: name, field: `entries.${i}.names.${j}`, expected: `a name no other entry has (entries.${first})`, received: describeValue(n)});
      seen.set(key, i);
    }),
  );
  return {group, problems};
}
