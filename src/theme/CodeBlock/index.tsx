import type {ReactNode} from 'react';
import clsx from 'clsx';
import type {Props} from '@theme/CodeBlock';
import styles from './styles.module.css';

/**
 * Code blocks without syntax highlighting. Only the authoring guide shows
 * code; dropping Prism keeps it out of every page's bundle.
 */
export default function CodeBlock({children, className, title}: Props): ReactNode {
  return (
    <div className={clsx(styles.block, 'theme-code-block')}>
      {title ? <div className={styles.title}>{title}</div> : null}
      <pre className={clsx(styles.pre, className)} tabIndex={0}>
        <code>{children}</code>
      </pre>
    </div>
  );
}
