import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadGuides, loadKnowledgeBase} from '../../src/build/content';
import {maxArticleBytes, readArticle} from '../../src/build/articles';
import fs from 'node:fs';

const root = path.resolve(__dirname, '../..');
const fixture = (name: string) => path.join(root, 'tests/fixtures/articles', name);
// Fixtures share the real guide registry rather than a copy of it.
const guides = loadGuides(path.join(root, 'docs'), root);

/** The message a broken collection fails with, paths relative to the repo. */
function failure(name: string): string {
  try {
    loadKnowledgeBase(fixture(name), root, guides);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`fixture ${name} loaded without an error`);
}

describe('the real articles', () => {
  it('load as AMZ-001 … AMZ-008, in order, each with causes and steps', () => {
    const articles = loadKnowledgeBase(path.join(root, 'docs'), root).articles;
    expect(articles.map((a) => a.kbId)).toEqual([
      'AMZ-001',
      'AMZ-002',
      'AMZ-003',
      'AMZ-004',
      'AMZ-005',
      'AMZ-006',
      'AMZ-007',
      'AMZ-008',
    ]);
    for (const a of articles) {
      expect(a.causes.length, a.file).toBeGreaterThan(0);
      expect(a.steps.length, a.file).toBeGreaterThan(0);
      expect(a.symptoms.length, a.file).toBeGreaterThanOrEqual(2);
    }
  });

  it('give one Cause per cause where the guide lists several', () => {
    const causes = Object.fromEntries(
      loadKnowledgeBase(path.join(root, 'docs'), root).articles.map((a) => [a.kbId, a.causes.length]),
    );
    expect(causes).toMatchObject({'AMZ-001': 2, 'AMZ-002': 3, 'AMZ-003': 4});
  });
});

describe('broken articles fail with file: field: expected …, received …', () => {
  it('duplicate KB ID', () => {
    expect(failure('duplicate-id')).toContain(
      'tests/fixtures/articles/duplicate-id/amz/second.mdx: kb_id: expected an ID no other article has (tests/fixtures/articles/duplicate-id/amz/first.mdx has it), received "AMZ-101"',
    );
  });

  it('missing required fields, all reported at once', () => {
    const message = failure('missing-field');
    expect(message).toContain(
      'tests/fixtures/articles/missing-field/amz/no-symptoms.mdx: category: expected a value (required field), received nothing',
    );
    expect(message).toContain(
      'tests/fixtures/articles/missing-field/amz/no-symptoms.mdx: symptoms: expected a value (required field), received nothing',
    );
  });

  it('an article without an Issue', () => {
    expect(failure('no-issue')).toContain(
      'tests/fixtures/articles/no-issue/amz/no-issue.mdx: <Issue>: expected exactly one <Issue> callout, received "0"',
    );
  });

  it('an article without a Cause', () => {
    expect(failure('no-cause')).toContain(
      'tests/fixtures/articles/no-cause/amz/no-cause.mdx: <Cause>: expected at least one <Cause> callout, received "0"',
    );
  });

  it('an article without a Resolution', () => {
    expect(failure('no-resolution')).toContain(
      'tests/fixtures/articles/no-resolution/amz/no-resolution.mdx: <Resolution>: expected exactly one <Resolution> callout, received "0"',
    );
  });

  it('a related ID that does not exist', () => {
    expect(failure('bad-related')).toContain(
      'tests/fixtures/articles/bad-related/amz/bad-related.mdx: related: expected IDs of existing articles (AMZ-106), received "AMZ-999"',
    );
  });

  it('wrong values name each field', () => {
    expect(failure('bad-values')).toMatchInlineSnapshot(`
      "Knowledge base content has 6 problem(s):
        - tests/fixtures/articles/bad-values/amz/bad-values.mdx: kb_id: expected an ID like AMZ-001, received "AMZ-7"
        - tests/fixtures/articles/bad-values/amz/bad-values.mdx: slug: expected a path like /order-cancelled, received "/Bad Values"
        - tests/fixtures/articles/bad-values/amz/bad-values.mdx: symptoms: expected at least 2 symptoms, received ["Only one symptom"]
        - tests/fixtures/articles/bad-values/amz/bad-values.mdx: last_reviewed: expected a date like 2026-11-29, received "not a date"
        - tests/fixtures/articles/bad-values/amz/bad-values.mdx: category: expected one of access, ordering, approvals, order-status, setup (guide "amz"), received "billing"
        - tests/fixtures/articles/bad-values/amz/bad-values.mdx: audience.0: expected one of requester, approver, administrator (guide "amz"), received "customer"
      See the authoring guide (docs-guide/authoring.mdx) for the fields and components."
    `);
  });

  it('a Cause without an id', () => {
    expect(failure('cause-without-id')).toContain(
      'tests/fixtures/articles/cause-without-id/amz/cause-without-id.mdx: <Cause> (line 17) id: expected an anchor like "cause-test-mode", received nothing',
    );
  });

  it('a Resolution without steps', () => {
    expect(failure('resolution-without-steps')).toContain(
      'tests/fixtures/articles/resolution-without-steps/amz/resolution-without-steps.mdx: <Resolution> (line 20) children: expected at least one <Step>, received "no <Step>"',
    );
  });

  it('an unknown component', () => {
    expect(failure('unknown-component')).toContain(
      'tests/fixtures/articles/unknown-component/amz/unknown-component.mdx: <Warning> (line 25): expected one of Issue, Cause, Resolution, Step, UiPath, SupportedDomains, CharacterCheck, received "Warning"',
    );
  });
});

describe('component props', () => {
  it('an unknown prop names the component, the prop and the props it takes', () => {
    expect(failure('unknown-prop')).toContain(
      'tests/fixtures/articles/unknown-prop/amz/unknown-prop.mdx: <Cause> (line 18) severity: expected one of the props id, title, noFix, see, received "severity"',
    );
  });
});

describe('nothing in an article becomes script (issue 27): each route is a content error with its line', () => {
  const file = (name: string) => `tests/fixtures/articles/${name}/amz/${name}.mdx`;
  it.each([
    ['script-export', 'body (line 24): expected no import or export'],
    ['script-expression', 'body (line 24): expected no {…} expression (a {/* comment */} is fine)'],
    ['script-jsx-expression', 'body (line 24): expected no {…} expression'],
    [
      'script-raw-element',
      '<iframe> (line 24): expected no raw HTML element that runs or embeds code, received "iframe"',
    ],
    ['script-props', '<UiPath> (line 24) onClick: expected no event handler, received "onClick"'],
    ['script-props', '<UiPath> (line 26) {...}: expected props written as text, no spread'],
    [
      'script-links',
      'link (line 24): expected a link that is a path, an #anchor or http:, https:, mailto:, received "data:text/html,<b>hi</b>"',
    ],
    [
      'script-links',
      'link (line 24): expected a link that is a path, an #anchor or http:, https:, mailto:, received "JavaScript:alert(1)"',
    ],
    [
      'script-links',
      'image (line 24): expected a link that is a path, an #anchor or http:, https:, mailto:, received "vbscript:x"',
    ],
    [
      'script-local-files',
      'link (line 24): expected a link to a page or an article (.md, .mdx), not to another file, received "./a.svg"',
    ],
    [
      'script-local-files',
      'link (line 24): expected a link to a page or an article (.md, .mdx), not to another file, received "../p.js"',
    ],
    [
      'script-local-files',
      'image (line 24): expected an image file of the article\'s folder (png, jpg, jpeg, gif, webp, avif), received "pic.svg"',
    ],
  ])('%s', (name, message) => {
    expect(failure(name)).toContain(`${file(name)}: ${message}`);
  });

  it('a comment, and a tag quoted in a title or in code, are content and load', () => {
    const [a] = loadKnowledgeBase(fixture('script-title'), root, guides).articles;
    expect(a.title).toBe('Order page shows </script><script>window.__t=1</script>');
  });
});

describe('article size', () => {
  it('an article over the limit fails, saying how big it is and what the limit is', () => {
    const source = fs.readFileSync(path.join(root, 'docs/amz/amz-003-order-cancelled.mdx'), 'utf8');
    const big = `${source}\n${'Padding text that no reader needs. '.repeat(Math.ceil(maxArticleBytes / 30))}\n`;
    const {article, problems} = readArticle('docs/amz/big.mdx', big, guides[0]);
    expect(article).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'docs/amz/big.mdx',
        field: 'size',
        expected: 'at most 200 KB of source (split it into articles)',
      }),
    ]);
    expect(problems[0].received).toMatch(/^"\d+ KB"$/);
    expect(readArticle('docs/amz/ok.mdx', source, guides[0]).problems).toEqual([]);
  });
});

describe('a cause no step fixes (issue 29)', () => {
  it('fails unless the article says the guide gives no fix for it', () => {
    expect(failure('cause-without-step')).toContain(
      'tests/fixtures/articles/cause-without-step/amz/cause-without-step.mdx: <Cause id="cause-two">: expected a <Step fixes="cause-two">, or noFix (and see="step-N", the step that applies) when the guide gives no fix, received "no step that fixes it"',
    );
  });

  it('the real causes without a step say so, and name the step that applies', () => {
    const a = loadKnowledgeBase(path.join(root, 'docs'), root).articles.find((x) => x.kbId === 'AMZ-003')!;
    expect(a.causes.filter((c) => c.noFix).map((c) => [c.id, c.noFix?.see])).toEqual([
      ['cause-delivery-restrictions', 'step-1'],
      ['cause-session-timeout', 'step-1'],
    ]);
  });
});

describe('noFix and named things, as the review of issue 26 asked', () => {
  const article = (body: string) =>
    `---\nkb_id: AMZ-130\ntitle: Fixture\ndescription: A fixture.\nslug: /fixture\ncategory: ordering\nsymptoms:\n  - One\n  - Two\naudience: [requester]\nlast_reviewed: 2026-01-15\n---\n<Issue>\nIt fails.\n</Issue>\n${body}\n`;
  it('where no step names a cause, a cause may still say the guide gives no fix, and noFix takes no value', () => {
    const steps = '<Resolution>\n<Step id="step-1">\nLook.\n</Step>\n</Resolution>';
    const ok = readArticle(
      'f.mdx',
      article(
        `<Cause id="cause-a" title="A">\nA.\n</Cause>\n<Cause id="cause-b" title="B" noFix see="step-1">\nB.\n</Cause>\n${steps}`,
      ),
      guides[0],
    );
    expect(ok.problems).toEqual([]);
    const valued = readArticle(
      'f.mdx',
      article(`<Cause id="cause-a" title="A" noFix="false">\nA.\n</Cause>\n${steps}`),
      guides[0],
    );
    expect(valued.problems.map((p) => p.field)).toEqual(['<Cause> (line 16) noFix']);
  });

  it('a named things pattern must match something, with no capturing group', async () => {
    const {namedFileSchema} = await import('../../src/kb/namedSchema');
    const entries = [{names: ['x']}];
    expect(namedFileSchema.safeParse({article: 'AMZ-001', pattern: 'x?', entries}).success).toBe(false);
    expect(namedFileSchema.safeParse({article: 'AMZ-001', pattern: '(e)\\d+', entries}).success).toBe(false);
    expect(namedFileSchema.safeParse({article: 'AMZ-001', pattern: '(?:e)\\d+', entries}).success).toBe(true);
  });
});
