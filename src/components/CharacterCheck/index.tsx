import {useEffect, useId, useState, type ComponentType, type ReactNode} from 'react';
import clsx from 'clsx';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {CheckerProps} from './Checker';
import styles from './styles.module.css';

export interface CharacterCheckProps {
  readonly className?: string;
  /** 3 inside an article step (under the h2 "Resolution"), 2 on a page of its own. */
  readonly headingLevel?: 2 | 3;
  /** Off when the surrounding page already has a heading with the same words. */
  readonly showHeading?: boolean;
}

/**
 * Checks a user name or shipping address for the characters AMZ-008 warns
 * about. Everything happens in the browser so nobody's personal data leaves
 * the page. Without JavaScript the field would do nothing, so it stays hidden
 * until the page is interactive (data-requires-js) and a note says what to
 * do instead. The field and its character tables (./Checker.tsx) load once the page
 * is interactive, not with the page.
 */
export default function CharacterCheck({
  className,
  headingLevel = 3,
  showHeading = true,
}: CharacterCheckProps): ReactNode {
  const id = useId();
  const stepsUrl = useBaseUrl('/articles/amazon-not-receiving-orders#step-1');
  const [Checker, setChecker] = useState<ComponentType<CheckerProps> | null>(null);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  useEffect(() => {
    let live = true;
    import('./Checker').then(
      (m) => live && setChecker(() => m.default),
      () => undefined, // the article's steps still say what to do by hand
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <div className={clsx(styles.checker, className)} data-character-check>
      {showHeading ? <Heading className={styles.heading}>Special-character checker</Heading> : null}
      <p>
        This checks a user name or shipping address for the characters the article warns about (accents, symbols and
        non-standard punctuation), following the article's guidance, and runs entirely in this page: nothing is sent
        anywhere.
      </p>
      <noscript>
        <p className={styles.noscript}>
          The checker needs JavaScript. Without it, follow <a href={stepsUrl}>the steps in AMZ-008</a> and remove
          accents, symbols and non-standard punctuation by hand.
        </p>
      </noscript>
      {Checker ? <Checker id={id} /> : null}
    </div>
  );
}
