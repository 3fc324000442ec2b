import type {ResolvedOutcome, ResolvedQuestion, ResolvedTree} from './types';

export interface PathStep {
  readonly question: ResolvedQuestion;
  readonly answerId: string;
  readonly answerLabel: string;
}

export interface PathState {
  /** Questions answered so far, in order. */
  readonly steps: readonly PathStep[];
  /** The question to answer now, or the outcome reached. */
  readonly current: {readonly question: ResolvedQuestion} | {readonly outcome: ResolvedOutcome};
  /** True when the URL held answers that do not fit the tree (a stale link). */
  readonly invalid: boolean;
}

/** Follows answer ids from the start question; stops at the first that does not fit. */
export function followPath(tree: ResolvedTree, answerIds: readonly string[]): PathState {
  const byId = new Map(tree.questions.map((q) => [q.id, q]));
  let question = byId.get(tree.start)!;
  const steps: PathStep[] = [];
  for (let i = 0; i < answerIds.length; i++) {
    const answer = question.answers.find((a) => a.id === answerIds[i]);
    if (!answer) return {steps, current: {question}, invalid: true};
    steps.push({question, answerId: answer.id, answerLabel: answer.label});
    if (typeof answer.next !== 'string') {
      return {steps, current: {outcome: answer.next}, invalid: i !== answerIds.length - 1};
    }
    question = byId.get(answer.next)!;
  }
  return {steps, current: {question}, invalid: false};
}

/** Answer ids as written in the shareable URL: ?path=yes.not-received */
export function parsePathParam(search: string): string[] {
  const raw = new URLSearchParams(search).get('path') ?? '';
  return raw.split('.').filter(Boolean);
}

export function pathSearch(answerIds: readonly string[]): string {
  return answerIds.length ? `?path=${answerIds.map(encodeURIComponent).join('.')}` : '';
}
