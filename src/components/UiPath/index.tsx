import type {ReactNode} from 'react';
import {CalloutPropError} from '@site/src/components/Callout/checks';
import styles from './styles.module.css';

export interface UiPathProps {
  /** Menu path as written in the guide, levels separated by ">": "Settings > Integrations". */
  readonly path: string;
}

/** A path through the product's menus, shown as Settings › Integrations. */
export default function UiPath({path}: UiPathProps): ReactNode {
  const parts =
    typeof path === 'string'
      ? path
          .split('>')
          .map((p) => p.trim())
          .filter(Boolean)
      : [];
  if (parts.length === 0) {
    throw new CalloutPropError(
      'UiPath',
      'path',
      'a menu path like "Settings > Integrations"',
      JSON.stringify(path) ?? 'nothing',
    );
  }
  return (
    <span className={styles.uiPath} data-ui-path={parts.join(' > ')}>
      {parts.map((part, i) => (
        <span key={`${i}-${part}`}>
          {i > 0 ? <span className={styles.separator}> › </span> : null}
          <strong>{part}</strong>
        </span>
      ))}
    </span>
  );
}
