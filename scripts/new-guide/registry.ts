/**
 * What `new:guide` writes: the new entry added to guides.json as text, so the entries already there keep
 * their formatting (a diff shows only the added guide), and the guide's troubleshooter scaffold.
 */
import {isDeepStrictEqual} from 'node:util';

/** The registry's text with `entry` added as the last guide; everything before it is left as it was. */
export function withEntry(text: string, entry: object): string {
  const registry = JSON.parse(text) as {guides?: unknown[]};
  // The guides array closes at the file's last "]" only while "guides" is the registry's last key.
  const close = text.lastIndexOf(']');
  const lastEntryEnd = text.lastIndexOf('}', close);
  // Indented as the line holding the last guide's closing brace.
  const indent = /^[ \t]*/.exec(text.slice(text.lastIndexOf('\n', lastEntryEnd) + 1))![0];
  const body = JSON.stringify(entry, null, 2).replace(/\n/g, `\n${indent}`);
  const next = `${text.slice(0, lastEntryEnd + 1)},\n${indent}${body}${text.slice(lastEntryEnd + 1)}`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(next);
  } catch {
    parsed = undefined;
  }
  const expected = {...registry, guides: [...(registry.guides ?? []), entry]};
  if (!isDeepStrictEqual(parsed, expected))
    throw new Error(
      'guides.json: expected "guides" as the last key of the registry, with at least one guide, so the new one can be added after the last; received a registry laid out otherwise. Add the entry by hand.',
    );
  return next;
}

/** A guide's first troubleshooter: one question whose answers lead to its first article, every text a TODO. */
export function troubleshooterScaffold(id: string, prefix: string): object {
  const first = `${prefix}-001`;
  return {
    $comment: `The guided troubleshooter of this guide: questions, answers and outcomes on its articles. Replace each TODO; see docs-guide/authoring.mdx.`,
    path: `/troubleshoot/${id}`,
    start: 'first',
    questions: [
      {
        id: 'first',
        text: 'TODO: the first question a reader answers',
        answers: [
          {id: 'yes', label: 'TODO: an answer', next: {kbId: first, summary: 'TODO: why this article fits'}},
          {id: 'no', label: 'TODO: another answer', next: {kbId: first, summary: 'TODO: why this article fits'}},
        ],
      },
    ],
  };
}
