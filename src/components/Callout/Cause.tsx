import type {ReactNode} from 'react';
import CalloutLayout from './Layout';
import NoFixNote from './NoFixNote';
import {requireAnchor, requireChildren, requireText} from './checks';
import {causeAnchorPattern} from '@site/src/kb/ids';

export interface CauseProps {
  /** Stable anchor written in the content, e.g. "cause-test-mode". */
  readonly id: string;
  /** Short name of the cause, shown in the heading and in step links. */
  readonly title: string;
  readonly children: ReactNode;
  /** The guide gives no step for this cause: the page says so (checked at build: no step names it). */
  readonly noFix?: boolean;
  /** With noFix: the step that applies anyway, e.g. "step-1". */
  readonly see?: string;
  readonly className?: string;
}

/** One potential cause; an article has one Cause per cause the guide lists. */
export default function Cause({id, title, children, noFix, see, className}: CauseProps): ReactNode {
  requireAnchor('Cause', 'id', id, causeAnchorPattern, '"cause-test-mode"');
  requireText('Cause', 'title', title);
  requireChildren('Cause', children);
  return (
    <CalloutLayout kind="cause" id={id} title={title} className={className}>
      {children}
      {noFix ? <NoFixNote id={id} title={title} see={see} /> : null}
    </CalloutLayout>
  );
}
