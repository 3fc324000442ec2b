import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import clsx from 'clsx';
import type {NamedAnswer} from '@site/src/guides/answers';
import styles from './styles.module.css';

export interface PlaceNoticeProps {
  /** What the guide answers for the named thing (a place, for AMZ). */
  readonly answer: NamedAnswer;
  /** The article that answers it: its KB ID and link. */
  readonly kbId: string;
  readonly href: string;
  readonly className?: string;
}

/**
 * Says plainly what the guide answers for a thing the reader named (for AMZ: whether the marketplace is
 * supported), and sends them to the article that answers it.
 */
export default function PlaceNotice({answer, kbId, href, className}: PlaceNoticeProps): ReactNode {
  return (
    <p className={clsx(styles.notice, className)} data-place-answer={answer.kind}>
      {answer.verdict ? <strong data-place-verdict="">{answer.verdict}. </strong> : null}
      {answer.sentence} <Link to={href}>{kbId}</Link>
      {answer.more ? ` ${answer.more}` : ''}
      {answer.page ? (
        <>
          {' '}
          <Link to={answer.page} data-place-page="">
            This answer, with a link for a ticket
          </Link>
        </>
      ) : null}
    </p>
  );
}
