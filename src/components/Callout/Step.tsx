import type {ReactNode} from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import CopyLinkButton from '@site/src/components/CopyLinkButton';
import {requireAnchor, requireChildren} from './checks';
import styles from './steps.module.css';
import {stepAnchorPattern, stepNumber} from '@site/src/kb/ids';

export interface StepProps {
  /** Stable anchor written in the content: "step-1", "step-2", … */
  readonly id: string;
  /** Space-separated cause anchors this step fixes; omit when it applies to all. */
  readonly fixes?: string;
  /**
   * Titles of the causes in `fixes`, added at build time by the
   * remark plugin src/remark/articleData.ts; authors never write it.
   */
  readonly causeTitles?: string;
  readonly children: ReactNode;
}

/** One resolution step: a list item with an anchor, a copy-link button and the causes it fixes. */
export default function Step({id, fixes, causeTitles, children}: StepProps): ReactNode {
  requireAnchor('Step', 'id', id, stepAnchorPattern, '"step-2"');
  requireChildren('Step', children);
  const ids = (fixes ?? '').split(/\s+/).filter(Boolean);
  const titles: string[] = causeTitles ? (JSON.parse(causeTitles) as string[]) : [];
  const number = stepNumber(id);
  useBrokenLinks().collectAnchor(id);
  return (
    <li id={id} data-step={number} className={styles.step}>
      {/* The link button has its own column, so it never covers the step's text at any width. */}
      <div className={styles.row}>
        <div className={styles.content}>
          <div className={styles.body}>{children}</div>
          {ids.length > 0 ? (
            <p className={styles.fixes}>
              Fixes:{' '}
              {ids.map((cause, i) => (
                <span key={cause}>
                  {i > 0 ? ', ' : null}
                  <a href={`#${cause}`}>{titles[i] ?? cause}</a>
                </span>
              ))}
            </p>
          ) : null}
        </div>
        <CopyLinkButton anchor={id} label={`Step ${number}`} name={`step ${number}`} className={styles.stepCopy} />
      </div>
    </li>
  );
}
