import type {ReactNode} from 'react';
import clsx from 'clsx';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {calloutLabels, type CalloutKind} from '@site/src/kb/callouts';
import CopyLinkButton from '@site/src/components/CopyLinkButton';
import {calloutIcons} from './icons';
import styles from './styles.module.css';

export interface CalloutLayoutProps {
  readonly kind: CalloutKind;
  /** Anchor of the callout; when set, the callout gets a copy-link button (unless copyLink is false). */
  readonly id?: string;
  /** The Issue has an anchor for the page's outline, but no button: a ticket links the article or a cause. */
  readonly copyLink?: boolean;
  /** Shown after the kind's label, e.g. "Cause: Test Mode is on". */
  readonly title?: string;
  readonly children: ReactNode;
  readonly className?: string;
}

/** The one frame every callout shares: label, icon, optional anchor and link button. */
export default function CalloutLayout({
  kind,
  id,
  copyLink = true,
  title,
  children,
  className,
}: CalloutLayoutProps): ReactNode {
  const headingId = id ? `${id}-title` : undefined;
  // Registers the anchor so onBrokenAnchors checks links to it at build.
  const brokenLinks = useBrokenLinks();
  if (id) brokenLinks.collectAnchor(id);
  return (
    <section
      id={id}
      data-callout={kind}
      aria-labelledby={headingId}
      className={clsx('callout', `callout--${kind}`, styles.callout, styles[kind], className)}
    >
      <div className={styles.heading}>
        <span className={styles.icon}>{calloutIcons[kind]}</span>
        <h2 id={headingId} className={styles.title}>
          {calloutLabels[kind]}
          {title ? <span className={styles.subtitle}>: {title}</span> : null}
        </h2>
        {id && copyLink ? (
          <CopyLinkButton
            anchor={id}
            label={`${calloutLabels[kind]}${title ? `: ${title}` : ''}`}
            name={calloutLabels[kind].toLowerCase()}
          />
        ) : null}
      </div>
      <div className={styles.content}>{children}</div>
    </section>
  );
}
