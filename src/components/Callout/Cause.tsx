import type {ReactNode} from 'react';
import CalloutLayout from './Layout';
import {requireAnchor, requireChildren, requireText} from './checks';
import {causeAnchorPattern} from '@site/src/kb/ids';

export interface CauseProps {
  /** Stable anchor written in the content, e.g. "cause-test-mode". */
  readonly id: string;
  /** Short name of the cause, shown in the heading and in step links. */
  readonly title: string;
  readonly children: ReactNode;
  readonly className?: string;
}

/** One potential cause; an article has one Cause per cause the guide lists. */
export default function Cause({id, title, children, className}: CauseProps): ReactNode {
  requireAnchor('Cause', 'id', id, causeAnchorPattern, '"cause-test-mode"');
  requireText('Cause', 'title', title);
  requireChildren('Cause', children);
  return (
    <CalloutLayout kind="cause" id={id} title={title} className={className}>
      {children}
    </CalloutLayout>
  );
}
