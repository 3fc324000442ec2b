import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadKnowledgeBase} from '../../src/build/content';
import {checkTroubleshooter} from '../../src/build/troubleshooterCheck';
import {readTroubleshooter, troubleshooterFileName} from '../../src/build/troubleshooters';
import {followPath} from '../../src/kb/troubleshooter/path';
import type {Question, ResolvedTree} from '../../src/kb/troubleshooter/types';

const root = path.resolve(__dirname, '../..');
const {guides, articles, troubleshooters} = loadKnowledgeBase(path.join(root, 'docs'), root);
const amz = guides.find((g) => g.id === 'amz')!;
const definition = troubleshooters.find((t) => t.guide === 'amz')!;

/** Every answer path from the start, as lists of answer ids. */
function allPaths(tree: ResolvedTree): string[][] {
  const byId = new Map(tree.questions.map((q) => [q.id, q]));
  const out: string[][] = [];
  const walk = (id: string, trail: string[]) => {
    for (const a of byId.get(id)!.answers) {
      if (typeof a.next === 'string') walk(a.next, [...trail, a.id]);
      else out.push([...trail, a.id]);
    }
  };
  walk(tree.start, []);
  return out;
}

describe('the troubleshooter tree', () => {
  const {tree, problems, unreached} = checkTroubleshooter(definition, amz, articles);

  it('has no dead end or broken outcome, and reaches every article', () => {
    expect(problems).toEqual([]);
    expect(unreached).toEqual([]);
  });

  it('ends every path at an outcome with a link to an article anchor that exists', () => {
    const paths = allPaths(tree!);
    expect(paths.length).toBeGreaterThanOrEqual(articles.length);
    for (const p of paths) {
      const state = followPath(tree!, p);
      expect(state.invalid).toBe(false);
      expect('outcome' in state.current, p.join('.')).toBe(true);
      if ('outcome' in state.current) {
        const [permalink, anchor] = state.current.outcome.href.split('#');
        const article = articles.find((a) => a.permalink === permalink)!;
        expect(article, state.current.outcome.href).toBeDefined();
        if (anchor) expect([...article.causes, ...article.steps].map((x) => x.id)).toContain(anchor);
      }
    }
  });

  it('reports a dead end, a loop, a missing anchor and an unknown article', () => {
    const broken: Question[] = [
      {
        id: 'start',
        text: 'Start?',
        answers: [
          {id: 'a', label: 'A', next: 'nowhere'},
          {id: 'b', label: 'B', next: 'loop'},
        ],
      },
      {
        id: 'loop',
        text: 'Loop?',
        answers: [
          {id: 'a', label: 'A', next: 'start'},
          {id: 'b', label: 'B', next: {kbId: 'AMZ-002', anchor: 'cause-gone', summary: ''}},
        ],
      },
      {
        id: 'orphan',
        text: 'Orphan?',
        answers: [
          {id: 'a', label: 'A', next: {kbId: 'AMZ-404', summary: ''}},
          {id: 'b', label: 'B', next: {kbId: 'AMZ-001', summary: ''}},
        ],
      },
    ];
    const result = checkTroubleshooter({guide: 'amz', path: '/t', start: 'start', questions: broken}, amz, articles);
    expect(result.tree).toBeUndefined();
    const lines = result.problems.map((p) => `${p.field}: expected ${p.expected}, received ${p.received}`);
    expect(lines).toContain('start.a.next: expected the id of a question (a dead end otherwise), received "nowhere"');
    expect(lines).toContain('start: expected a tree without loops, received start → loop → start');
    expect(lines).toContain(
      'loop.b.next: expected an anchor of AMZ-002 (cause-test-mode, cause-final-approval, cause-popup-closed, step-1, step-2, step-3), received "cause-gone"',
    );
    expect(lines.some((l) => l.startsWith('orphan.a.next: expected an existing KB ID'))).toBe(true);
    expect(lines).toContain('orphan: expected a question reachable from the start, received unreachable');
    expect(result.problems.every((p) => p.file === 'docs/amz/troubleshooter.json')).toBe(true);
  });

  it("only reaches its own guide's articles: an outcome in another guide is an unknown KB ID", () => {
    const other = {...amz, id: 'exm', prefix: 'EXM'};
    const exm = {...articles[0], kbId: 'EXM-001', guide: 'exm', permalink: '/exm/x'};
    const tree: Question[] = [
      {
        id: 'start',
        text: 'Start?',
        answers: [
          {id: 'a', label: 'A', next: {kbId: 'EXM-001', summary: ''}},
          {id: 'b', label: 'B', next: {kbId: 'AMZ-001', summary: ''}},
        ],
      },
    ];
    const result = checkTroubleshooter({guide: 'exm', path: '/t', start: 'start', questions: tree}, other, [
      ...articles,
      exm,
    ]);
    expect(result.problems.map((p) => p.field)).toEqual(['start.b.next']);
    expect(result.unreached).toEqual([]);
  });

  it('shows, with an outcome on a cause, the symptoms the article declares for that cause', () => {
    const outcomes = tree!.questions.flatMap((q) => q.answers.map((a) => a.next)).filter((n) => typeof n !== 'string');
    for (const o of outcomes) {
      const article = articles.find((a) => a.kbId === o.kbId)!;
      const declared = article.symptoms.filter((s) => s.cause && s.cause === o.anchor).map((s) => s.text);
      expect(o.symptoms ?? [], `${o.kbId}#${o.anchor}`).toEqual(declared);
    }
    expect(outcomes.some((o) => (o.symptoms ?? []).length > 0)).toBe(true);
  });

  it('continues from the last answer that fits when a shared link is stale', () => {
    const state = followPath(tree!, ['yes', 'no-such-answer']);
    expect(state.invalid).toBe(true);
    expect(state.steps).toHaveLength(1);
    expect('question' in state.current && state.current.question.id).toBe('order');
  });

  it('refuses "go through every cause" after the path answered every cause of the article away', () => {
    // One question per cause of AMZ-002, each No leading to that cause; after the last Yes, the whole article.
    const causes = articles.find((a) => a.kbId === 'AMZ-002')!.causes.map((c) => c.id);
    const last = (ruledOut: boolean): Question['answers'][number]['next'] => ({kbId: 'AMZ-002', summary: '', ruledOut});
    const chain = (ruledOut: boolean): Question[] =>
      causes.map((cause, i) => ({
        id: `q${i}`,
        text: `Ruled out ${cause}?`,
        answers: [
          {id: 'no', label: 'No', next: {kbId: 'AMZ-002', anchor: cause, summary: ''}},
          {id: 'yes', label: 'Yes', next: i + 1 < causes.length ? `q${i + 1}` : last(ruledOut)},
        ],
      }));
    const problems = (ruledOut: boolean) =>
      checkTroubleshooter(
        {guide: 'amz', path: '/t', start: 'q0', questions: chain(ruledOut)},
        amz,
        articles,
      ).problems.map((p) => `${p.field}: expected ${p.expected}, received ${p.received}`);
    const field = `q${causes.length - 1}.yes.next`;
    expect(problems(false)).toContain(
      `${field}: expected ruledOut: true, since the path ${causes.map((_, i) => `q${i}`).join(' → ')} answers every cause of AMZ-002 away, received an outcome sending the reader through the causes they just ruled out`,
    );
    expect(problems(true).filter((p) => p.startsWith(field))).toEqual([]);
    // A choice of several passed over rules nothing out: "I cannot tell" may send the reader through them all.
    const choice: Question[] = [
      {
        id: 'which',
        text: 'Which one?',
        answers: [
          ...causes.map((cause, i) => ({
            id: `c${i}`,
            label: cause,
            next: {kbId: 'AMZ-002', anchor: cause, summary: ''},
          })),
          {id: 'unsure', label: 'I cannot tell', next: {kbId: 'AMZ-002', summary: ''}},
        ],
      },
    ];
    const fromChoice = checkTroubleshooter(
      {guide: 'amz', path: '/t', start: 'which', questions: choice},
      amz,
      articles,
    );
    expect(fromChoice.problems.filter((p) => p.field.startsWith('which.'))).toEqual([]);
    // …and cannot make a "you ruled out each cause" outcome true either.
    const claimed = choice.map((q) => ({
      ...q,
      answers: q.answers.map((a) =>
        a.id === 'unsure' ? {...a, next: {kbId: 'AMZ-002', summary: '', ruledOut: true}} : a,
      ),
    }));
    const fromClaim = checkTroubleshooter(
      {guide: 'amz', path: '/t', start: 'which', questions: claimed},
      amz,
      articles,
    );
    expect(fromClaim.problems.map((p) => p.field)).toContain('which.unsure.next');
  });

  it('checks that a ruledOut outcome is true on every path: each cause answered away on the way there', () => {
    const twoQuestions = (second: Question['answers'][number]['next']): Question[] => [
      {
        id: 'start',
        text: 'Test Mode off?',
        answers: [
          {id: 'no', label: 'No', next: {kbId: 'AMZ-002', anchor: 'cause-test-mode', summary: ''}},
          {id: 'yes', label: 'Yes', next: 'approved'},
        ],
      },
      {
        id: 'approved',
        text: 'Approved?',
        answers: [
          {id: 'no', label: 'No', next: {kbId: 'AMZ-002', anchor: 'cause-final-approval', summary: ''}},
          {id: 'yes', label: 'Yes', next: second},
        ],
      },
    ];
    const check = (second: Question['answers'][number]['next']) =>
      checkTroubleshooter(
        {guide: 'amz', path: '/t', start: 'start', questions: twoQuestions(second)},
        amz,
        articles,
      ).problems.map((p) => `${p.field}: expected ${p.expected}, received ${p.received}`);
    expect(check({kbId: 'AMZ-002', ruledOut: true, summary: ''})).toContain(
      'approved.yes.next: expected every cause of AMZ-002 ruled out by an earlier answer on the path start → approved, received cause-popup-closed not ruled out',
    );
    expect(check({kbId: 'AMZ-002', anchor: 'cause-popup-closed', ruledOut: true, summary: ''})).toContain(
      'approved.yes.next: expected no anchor on a ruledOut outcome (it is about the whole article), received "cause-popup-closed"',
    );
    // The other way: an outcome that is not ruledOut may not send the reader to what the path ruled out.
    expect(check({kbId: 'AMZ-002', anchor: 'cause-test-mode', summary: ''})).toContain(
      'approved.yes.next: expected a cause the path start → approved has not ruled out, received AMZ-002#cause-test-mode, answered away on it',
    );
    // The real tree's one ruledOut outcome passes, and carries the titles of the causes it rules out.
    const ruledOut = tree!.questions
      .flatMap((q) => q.answers.map((a) => a.next))
      .filter((n) => typeof n !== 'string' && n.ruledOut);
    expect(ruledOut.map((o) => typeof o !== 'string' && o.ruledOutCauses)).toEqual([
      articles.find((a) => a.kbId === 'AMZ-002')!.causes.map((c) => c.title),
    ]);
  });
});

describe('the troubleshooter file', () => {
  it('is data beside the guide’s articles; a malformed one names the file and the field', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-tree-'));
    try {
      fs.writeFileSync(
        path.join(dir, troubleshooterFileName),
        JSON.stringify({
          path: 'troubleshoot',
          questions: [{id: 'q', text: 'Which?', answers: [{id: 'a', label: 'A', next: 7}]}],
        }),
      );
      const {definition, problems} = readTroubleshooter(dir, 'docs/exm/troubleshooter.json', 'exm');
      expect(definition).toBeUndefined();
      expect(problems.map((p) => `${p.file}: ${p.field}`)).toEqual([
        'docs/exm/troubleshooter.json: path',
        'docs/exm/troubleshooter.json: start',
        'docs/exm/troubleshooter.json: questions.0.answers.0.next',
        'docs/exm/troubleshooter.json: questions.0.answers',
      ]);
      fs.writeFileSync(path.join(dir, troubleshooterFileName), '{');
      expect(readTroubleshooter(dir, 'f', 'exm').problems[0]).toMatchObject({file: 'f', field: 'troubleshooter'});
    } finally {
      fs.rmSync(dir, {recursive: true, force: true});
    }
  });

  it('the real guide’s tree is read from docs/amz/troubleshooter.json', () => {
    expect(definition).toMatchObject({
      guide: 'amz',
      file: 'docs/amz/troubleshooter.json',
      path: '/troubleshoot',
      start: 'option',
    });
  });
});
