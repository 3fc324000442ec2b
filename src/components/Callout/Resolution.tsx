import {Children, isValidElement, type ReactNode} from 'react';
import CalloutLayout from './Layout';
import {CalloutPropError} from './checks';
import styles from './steps.module.css';

export interface ResolutionProps {
  /** The <Step> elements, in the order the reader should do them. */
  readonly children: ReactNode;
  readonly className?: string;
}

/** The fix: an ordered list of steps, each with its own anchor. */
export default function Resolution({children, className}: ResolutionProps): ReactNode {
  const steps = Children.toArray(children).filter(isValidElement);
  if (steps.length === 0) {
    throw new CalloutPropError('Resolution', 'children', 'at least one <Step>', 'no <Step>');
  }
  return (
    <CalloutLayout kind="resolution" id="resolution" className={className}>
      <ol className={styles.steps}>{children}</ol>
    </CalloutLayout>
  );
}
