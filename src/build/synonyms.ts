/**
 * Reads and checks a guide's synonyms (`<docs>/<guide>/synonyms.json`, optional) into the table the
 * search index carries: folded word or phrase → the folded words it also means. Every problem names the
 * file and the entry; a synonym that leads to no word of the guide's articles is one.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describeValue, type ContentProblem} from '../kb/errors';
import {synonymsFileSchema} from '../kb/synonymSchema';
import {stemTerm, tokenize} from '../search/text';
import {messageWords} from '../search/message';
import type {SynonymTable} from '../search/build/writeSearchIndex';
import {zodProblems} from './zodProblems';

export const synonymsFileName = 'synonyms.json';

const key = (text: string) => tokenize(text).join(' ');

/**
 * `vocabulary`: the stems of every word of the guide's articles. A synonym must lead somewhere: one of
 * a one-way entry's `to` words, or of a multi-way group's words, must be in an article.
 */
export function readSynonyms(
  guideDir: string,
  name: string,
  vocabulary: ReadonlySet<string>,
): {table: SynonymTable; problems: ContentProblem[]} {
  const file = path.join(guideDir, synonymsFileName);
  if (!fs.existsSync(file)) return {table: {}, problems: []};
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    const problem = {file: name, field: 'synonyms', expected: 'a JSON file {oneWay, multiWay}', received: (e as Error).message};
    return {table: {}, problems: [problem]};
  }
  const parsed = synonymsFileSchema.safeParse(json);
  if (!parsed.success) {
    // An issue of the whole file (an unknown key) is the file's, not an article's front matter.
    const problems = zodProblems(name, parsed.error, json).map((p) =>
      p.field === 'front matter' ? {...p, field: 'synonyms'} : p,
    );
    return {table: {}, problems};
  }
  const problems: ContentProblem[] = [];
  const known = (text: string) => tokenize(text).some((t) => {
    const s = stemTerm(t);
    return s !== null && vocabulary.has(s);
  });
  // A word search drops before it reads synonyms (a stop word, a word of conversation) can never be one.
  const read = (text: string) => tokenize(text).some((t) => stemTerm(t) !== null && !messageWords.has(t));
  const unread = (field: string, text: string) =>
    problems.push({
      file: name,
      field,
      expected: 'a word search reads (not a stop word or a word of conversation such as "please" or "sent")',
      received: describeValue(text),
    });
  const table = new Map<string, Set<string>>();
  const add = (from: string, to: readonly string[]) => {
    const words = to.flatMap((t) => tokenize(t)).filter((w) => !tokenize(from).includes(w));
    if (!words.length) return;
    const set = table.get(key(from)) ?? new Set<string>();
    for (const w of words) set.add(w);
    table.set(key(from), set);
  };
  parsed.data.oneWay.forEach(({from, to}, i) => {
    if (!read(from)) unread(`oneWay.${i}.from`, from);
    if (!to.some(known))
      problems.push({
        file: name,
        field: `oneWay.${i}.to`,
        expected: 'a word some article of the guide holds (a synonym that leads nowhere finds nothing)',
        received: describeValue(to),
      });
    add(from, to);
  });
  parsed.data.multiWay.forEach((group, i) => {
    group.forEach((word, j) => {
      if (!read(word)) unread(`multiWay.${i}.${j}`, word);
    });
    if (!group.some(known))
      problems.push({
        file: name,
        field: `multiWay.${i}`,
        expected: 'at least one word some article of the guide holds',
        received: describeValue(group),
      });
    for (const word of group)
      add(
        word,
        group.filter((w) => w !== word),
      );
  });
  return {table: Object.fromEntries([...table].map(([k, v]) => [k, [...v]])), problems};
}
