/**
 * Checks across articles that the schema cannot see: the same symptom in two
 * articles (search and the symptom index could not tell them apart), KB IDs
 * out of sequence within their guide, review dates in the future.
 */
import {fold} from '../lib/fold';
import type {ContentProblem} from '../kb/errors';
import {formatKbId} from '../kb/ids';
import type {ArticleRecord, Guide} from '../kb/types';

export function lintArticles(
  guides: readonly Guide[],
  articles: readonly ArticleRecord[],
  today: Date = new Date(),
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, ArticleRecord>();
  for (const a of articles) {
    for (const text of [...a.symptoms.map((s) => s.text), ...a.statusTexts.map((s) => s)]) {
      const key = fold(text)
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
      const other = seen.get(key);
      if (other && other !== a) {
        problems.push({
          file: a.file,
          field: 'symptoms',
          expected: `a symptom no other article lists (${other.kbId} in ${other.file} has it)`,
          received: JSON.stringify(text),
        });
      } else seen.set(key, a);
    }
  }
  // Each guide numbers its own articles: EXM-001 follows no AMZ article. The loader sorts by KB ID already.
  for (const guide of guides)
    articles
      .filter((a) => a.guide === guide.id)
      .forEach((a, i) => {
        const expected = formatKbId(guide.prefix, i + 1);
        if (a.kbId !== expected)
          problems.push({
            file: a.file,
            field: 'kb_id',
            expected: `the next ID in sequence, ${expected}`,
            received: JSON.stringify(a.kbId),
          });
      });
  const todayIso = today.toISOString().slice(0, 10);
  for (const a of articles) {
    if (a.lastReviewed > todayIso) {
      problems.push({
        file: a.file,
        field: 'last_reviewed',
        expected: `a date not after today (${todayIso})`,
        received: JSON.stringify(a.lastReviewed),
      });
    }
  }
  return problems;
}
