import type {ContentProblem} from '../kb/errors';
import type {ArticleRecord, Guide} from '../kb/types';
import {stepNumber} from '../kb/ids';
import type {
  Outcome,
  ResolvedOutcome,
  ResolvedQuestion,
  ResolvedTree,
  TroubleshooterDefinition,
} from '../kb/troubleshooter/types';

/**
 * Checks a guide's tree against that guide's articles: no dead end (every answer leads to a
 * question that exists or to an outcome), no loop, no unreachable question,
 * no outcome pointing at a missing article or anchor. Articles no outcome
 * reaches are returned as `unreached`, for a warning.
 */
export function checkTroubleshooter(
  definition: TroubleshooterDefinition,
  guide: Guide,
  articles: readonly ArticleRecord[],
): {tree?: ResolvedTree; problems: ContentProblem[]; unreached: string[]} {
  const {questions, start} = definition;
  const FILE = definition.file ?? `docs/${definition.guide}/troubleshooter.json`;
  const problems: ContentProblem[] = [];
  const add = (field: string, expected: string, received: string) =>
    problems.push({file: FILE, field, expected, received});
  const byId = new Map(questions.map((q) => [q.id, q]));
  const inGuide = articles.filter((a) => a.guide === guide.id);
  const articleById = new Map(inGuide.map((a) => [a.kbId, a]));
  const reachedArticles = new Set<string>();

  if (byId.size !== questions.length) add('questions', 'unique question ids', questions.map((q) => q.id).join(', '));
  if (!byId.has(start)) add('startQuestion', 'the id of a question', JSON.stringify(start));

  const resolveOutcome = (field: string, o: Outcome): ResolvedOutcome | undefined => {
    const article = articleById.get(o.kbId);
    if (!article) {
      add(field, `an existing KB ID (${[...articleById.keys()].join(', ')})`, JSON.stringify(o.kbId));
      return undefined;
    }
    reachedArticles.add(o.kbId);
    if (o.ruledOut) {
      if (o.anchor) add(field, 'no anchor on a ruledOut outcome (it is about the whole article)', JSON.stringify(o.anchor));
      return {...o, href: article.permalink, title: article.title, ruledOutCauses: article.causes.map((c) => c.title)};
    }
    if (!o.anchor) return {...o, href: article.permalink, title: article.title};
    const cause = article.causes.find((c) => c.id === o.anchor);
    const step = article.steps.find((s) => s.id === o.anchor);
    if (!cause && !step) {
      const anchors = [...article.causes.map((c) => c.id), ...article.steps.map((s) => s.id)];
      add(field, `an anchor of ${o.kbId} (${anchors.join(', ')})`, JSON.stringify(o.anchor));
      return undefined;
    }
    return {
      ...o,
      href: `${article.permalink}#${o.anchor}`,
      title: article.title,
      anchorTitle: cause ? `Cause: ${cause.title}` : `Step ${stepNumber(o.anchor)}`,
      // The article's own symptom-to-cause mapping (front matter), the one the symptom index and search read.
      symptoms: article.symptoms.filter((s) => s.cause === o.anchor).map((s) => s.text),
      ...(cause?.noFix
        ? {
            noFix: cause.noFix.see
              ? {see: `Step ${stepNumber(cause.noFix.see)}`, seeHref: `${article.permalink}#${cause.noFix.see}`}
              : {},
          }
        : {}),
    };
  };

  const resolved: ResolvedQuestion[] = questions.map((q) => {
    if (q.answers.length < 2) add(`${q.id}.answers`, 'at least 2 answers', String(q.answers.length));
    const ids = q.answers.map((a) => a.id);
    if (new Set(ids).size !== ids.length) add(`${q.id}.answers`, 'unique answer ids', ids.join(', '));
    return {
      ...q,
      answers: q.answers.map((a) => {
        const field = `${q.id}.${a.id}.next`;
        if (typeof a.next === 'string') {
          if (!byId.has(a.next)) add(field, 'the id of a question (a dead end otherwise)', JSON.stringify(a.next));
          return {...a, next: a.next};
        }
        return {...a, next: resolveOutcome(field, a.next) ?? a.next.kbId};
      }),
    };
  });

  // Depth-first from the start: finds loops and questions no path reaches.
  const visited = new Set<string>();
  const walk = (id: string, trail: string[]) => {
    if (trail.includes(id)) {
      add(`${id}`, 'a tree without loops', [...trail, id].join(' → '));
      return;
    }
    const q = byId.get(id);
    if (!q) return;
    visited.add(id);
    for (const a of q.answers) {
      if (typeof a.next === 'string') walk(a.next, [...trail, id]);
      else checkOutcome(`${id}.${a.id}.next`, a.next, [...trail, id], a);
    }
  };
  // The causes of an article the reader has answered away on `path`, taking `taken` at its last question: each is
  // where an answer not taken leads, on a yes/no question. Not taking "No → cause X" rules X out; passing over one
  // choice of several ("Which reason does Amazon show?" answered "I cannot see one") rules nothing out.
  const answeredAwayOn = (kbId: string, path: readonly string[], taken: object) =>
    new Set(
      path.flatMap((qid) => {
        const answers = byId.get(qid)?.answers ?? [];
        if (answers.length !== 2) return [];
        return answers.flatMap((a) =>
          a !== taken && typeof a.next !== 'string' && a.next.kbId === kbId && a.next.anchor ? [a.next.anchor] : [],
        );
      }),
    );
  const checkOutcome = (field: string, o: Outcome, path: readonly string[], taken: object) => {
    const article = articleById.get(o.kbId);
    if (!article) return;
    const answeredAway = answeredAwayOn(o.kbId, path, taken);
    const open = article.causes.filter((c) => !answeredAway.has(c.id)).map((c) => c.id);
    const trail = path.join(' → ');
    if (o.ruledOut) {
      if (open.length)
        add(field, `every cause of ${o.kbId} ruled out by an earlier answer on the path ${trail}`, `${open.join(', ')} not ruled out`);
    } else if (o.anchor && answeredAway.has(o.anchor))
      add(field, `a cause the path ${trail} has not ruled out`, `${o.kbId}#${o.anchor}, answered away on it`);
    else if (!o.anchor && article.causes.length > 0 && !open.length)
      add(
        field,
        `ruledOut: true, since the path ${trail} answers every cause of ${o.kbId} away`,
        'an outcome sending the reader through the causes they just ruled out',
      );
  };
  walk(start, []);
  for (const q of questions) if (!visited.has(q.id)) add(q.id, 'a question reachable from the start', 'unreachable');
  // Not an error: a new article builds before anyone adds it to the tree.
  const unreached = inGuide.filter((a) => !reachedArticles.has(a.kbId)).map((a) => a.kbId);

  return problems.length ? {problems, unreached} : {problems, unreached, tree: {guideTitle: guide.title, start, questions: resolved}};
}
