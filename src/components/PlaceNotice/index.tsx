import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import clsx from 'clsx';
import {placeSentence, type PlaceMatch} from '@site/src/kb/placeSentence';
import styles from './styles.module.css';

export interface PlaceNoticeProps {
  /** The marketplace the reader named. */
  readonly place: PlaceMatch;
  /** The article on regional domains: its KB ID and link. */
  readonly kbId: string;
  readonly href: string;
  readonly className?: string;
}

/**
 * Says plainly whether the marketplace a reader searched for is supported,
 * and sends them to the article that lists the supported domains, with its
 * note on international shipping.
 */
export default function PlaceNotice({place, kbId, href, className}: PlaceNoticeProps): ReactNode {
  return (
    <p className={clsx(styles.notice, className)} data-place-answer={place.supported ? 'supported' : 'unsupported'}>
      {placeSentence(place)} <Link to={href}>{kbId}</Link> lists the supported domains, with a note on international
      shipping costs.
    </p>
  );
}
