import type {ReactNode} from 'react';
import CalloutLayout from './Layout';
import {requireChildren} from './checks';
import {issueAnchor} from '@site/src/kb/outline';

export interface IssueProps {
  /** What the user sees, in one or two sentences from the guide. */
  readonly children: ReactNode;
  readonly className?: string;
}

/** The problem as the user meets it. One per article. */
export default function Issue({children, className}: IssueProps): ReactNode {
  requireChildren('Issue', children);
  return (
    <CalloutLayout kind="issue" id={issueAnchor} copyLink={false} className={className}>
      {children}
    </CalloutLayout>
  );
}
