import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {ResolvedOutcome} from '@site/src/kb/troubleshooter/types';
import styles from './styles.module.css';

export interface OutcomeCardProps {
  readonly outcome: ResolvedOutcome;
}

/** The article (and cause or step) an answer path ends at. */
export default function OutcomeCard({outcome}: OutcomeCardProps): ReactNode {
  return (
    <div className={styles.outcome}>
      <Link to={outcome.href} data-outcome={outcome.kbId} className={styles.outcomeLink}>
        {outcome.kbId}: {outcome.title}
        {outcome.anchorTitle ? ` — ${outcome.anchorTitle}` : ''}
      </Link>
      <p>{outcome.summary}</p>
      {outcome.symptoms?.length ? (
        <>
          <p className={styles.symptomsLabel}>Readers with this cause report:</p>
          <ul data-outcome-symptoms="">
            {outcome.symptoms.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
