import {useEffect, useRef, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useHistory, useLocation} from '@docusaurus/router';
import Link from '@docusaurus/Link';
import type {ResolvedTree, TroubleshooterGuide} from '@site/src/kb/troubleshooter/types';
import {useReaderUrl} from '@site/src/hooks/useReaderUrl';
import {followPath, parsePathParam, pathSearch} from '@site/src/kb/troubleshooter/path';
import TreeOutline from './TreeOutline';
import OutcomeCard from './OutcomeCard';
import styles from './styles.module.css';

export interface TroubleshooterProps {
  /** The decision tree, checked and resolved by the kb plugin at build. */
  readonly tree: ResolvedTree;
  /** Every guide with a troubleshooter (this one included), so the page says which it covers. */
  readonly guides?: readonly TroubleshooterGuide[];
}

interface CoversProps {
  readonly title: string;
  readonly others: readonly TroubleshooterGuide[];
}

/** Which guide this troubleshooter covers, and where the other guides' troubleshooters are. */
function Covers({title, others}: CoversProps): ReactNode {
  return (
    <p data-troubleshooter-covers="">
      These questions cover the <strong>{title}</strong> guide.
      {others.length > 0 ? (
        <>
          {' '}
          For another guide, use its troubleshooter:{' '}
          {others.map((g, i) => (
            <span key={g.path}>
              {i > 0 ? ', ' : ''}
              <Link to={g.path}>{g.title}</Link>
            </span>
          ))}
          .
        </>
      ) : null}
    </p>
  );
}

/**
 * /troubleshoot: one question at a time, the answers so far in the URL
 * (?path=yes.not-received) so a half-done diagnosis can be shared. Before
 * JavaScript runs, the whole tree is shown as a nested list of links.
 */
export default function Troubleshooter({tree, guides = []}: TroubleshooterProps): ReactNode {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const answers = parsePathParam(location.search);
  const state = followPath(tree, answers);
  const moved = useRef(false);
  const pageUrl = useReaderUrl();

  // Move focus to the new question so keyboard and screen-reader users follow along.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [location.search]);

  const go = (ids: readonly string[]) => {
    moved.current = true;
    history.push({pathname: location.pathname, search: pathSearch(ids)});
  };

  return (
    <Layout
      title="Troubleshooter"
      description="Answer a few questions to find the PunchOut article and the cause that fits."
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">Troubleshooter</Heading>
        <Covers title={tree.guideTitle} others={guides.filter((g) => g.title !== tree.guideTitle)} />
        {!isBrowser ? (
          <>
            <p>Follow the questions down to the article and the cause that fits.</p>
            <TreeOutline tree={tree} />
          </>
        ) : (
          <div className={styles.panel} data-troubleshooter="">
            {state.invalid ? (
              <p role="alert">Some answers in this link no longer match the questions; continue from here.</p>
            ) : null}
            {state.steps.length > 0 ? (
              <ol className={styles.trail} aria-label="Your answers">
                {state.steps.map((s, i) => (
                  <li key={s.question.id}>
                    {s.question.text} <strong>{s.answerLabel}</strong>{' '}
                    <button
                      type="button"
                      className={styles.linkButton}
                      aria-label={`Change your answer to “${s.question.text}”`}
                      onClick={() => go(answers.slice(0, i))}
                    >
                      Change
                    </button>
                  </li>
                ))}
              </ol>
            ) : null}
            {'question' in state.current ? (
              <section aria-labelledby="tq-current">
                <h2 id="tq-current" ref={headingRef} tabIndex={-1} className={styles.question}>
                  {state.current.question.text}
                </h2>
                {state.current.question.help || state.current.question.tool ? (
                  <p>
                    {state.current.question.help}{' '}
                    {state.current.question.tool ? (
                      <Link to={state.current.question.tool.to}>{state.current.question.tool.label}</Link>
                    ) : null}
                  </p>
                ) : null}
                <div className={styles.answers}>
                  {state.current.question.answers.map((a) => (
                    <button
                      key={a.id}
                      type="button"
                      className="button button--outline button--primary"
                      data-answer={a.id}
                      onClick={() => go([...answers.slice(0, state.steps.length), a.id])}
                    >
                      {a.label}
                    </button>
                  ))}
                </div>
              </section>
            ) : (
              <section aria-labelledby="tq-current">
                <h2 id="tq-current" ref={headingRef} tabIndex={-1} className={styles.question}>
                  {state.current.outcome.ruledOut ? 'Your answers rule out this article' : 'This article should help'}
                </h2>
                <OutcomeCard
                  outcome={state.current.outcome}
                  answers={state.steps.map((s) => ({question: s.question.text, answer: s.answerLabel}))}
                  url={`${pageUrl}${location.search}`}
                />
              </section>
            )}
            <div className={styles.controls}>
              <button
                type="button"
                className="button button--secondary button--sm"
                disabled={state.steps.length === 0}
                data-troubleshooter-back=""
                onClick={() => go(answers.slice(0, Math.max(0, state.steps.length - 1)))}
              >
                Back
              </button>
              <button
                type="button"
                className="button button--secondary button--sm"
                disabled={state.steps.length === 0}
                data-troubleshooter-restart=""
                onClick={() => go([])}
              >
                Start over
              </button>
            </div>
          </div>
        )}
      </main>
    </Layout>
  );
}
