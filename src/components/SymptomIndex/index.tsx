import {useId, useMemo, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {useHistory, useLocation} from '@docusaurus/router';
import {audiences, type Audience} from '@site/src/kb/categories';
import type {ArticleSummary} from '@site/src/kb/summary';
import {matchesFilter, symptomGroups} from '@site/src/kb/symptomEntries';
import styles from './styles.module.css';

export interface SymptomIndexProps {
  /** Injected by the kb plugin from the articles' front matter. */
  readonly articles: readonly ArticleSummary[];
}

const audienceLabels: Record<Audience, string> = {
  requester: 'Requesters',
  approver: 'Approvers',
  administrator: 'Administrators',
};

/**
 * /symptoms: every symptom and status text, filterable. The filter lives in
 * the URL (?q=cancel&audience=approver) so an agent can paste it.
 */
export default function SymptomIndex({articles}: SymptomIndexProps): ReactNode {
  const groups = useMemo(() => symptomGroups(articles), [articles]);
  const total = groups.reduce((n, g) => n + g.entries.length, 0);
  const location = useLocation();
  const history = useHistory();
  const inputId = useId();
  const audienceId = useId();
  // The URL is the state; the server HTML (and the first render) has no filter.
  const params = new URLSearchParams(useIsBrowser() ? location.search : '');
  const query = params.get('q') ?? '';
  const a = params.get('audience') ?? '';
  const audience: Audience | '' = (audiences as readonly string[]).includes(a) ? (a as Audience) : '';

  function update(nextQuery: string, nextAudience: Audience | '') {
    const params = new URLSearchParams();
    if (nextQuery) params.set('q', nextQuery);
    if (nextAudience) params.set('audience', nextAudience);
    const search = params.toString();
    history.replace({pathname: location.pathname, search: search ? `?${search}` : ''});
  }

  const visible = groups
    .map((g) => ({...g, entries: g.entries.filter((e) => matchesFilter(e, query, audience))}))
    .filter((g) => g.entries.length > 0);
  const shown = visible.reduce((n, g) => n + g.entries.length, 0);

  return (
    <Layout
      title="Symptom index"
      description="Every symptom, status and error text in the PunchOut knowledge base, with the article that fixes it."
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">Symptom index</Heading>
        <p>Find what you see or what the user tells you. Each entry links to the article, or straight to the cause.</p>
        <form className={styles.filters} aria-label="Filter symptoms" onSubmit={(e) => e.preventDefault()}>
          <div className={styles.field}>
            <label htmlFor={inputId}>Filter symptoms</label>
            <input
              id={inputId}
              type="search"
              data-symptom-filter=""
              value={query}
              placeholder="e.g. cancelled, pending, approve"
              onChange={(e) => update(e.target.value, audience)}
            />
          </div>
          <div className={styles.field}>
            <label htmlFor={audienceId}>Who</label>
            <select
              id={audienceId}
              data-audience-filter=""
              value={audience}
              onChange={(e) => update(query, e.target.value as Audience | '')}
            >
              <option value="">Everyone</option>
              {audiences.map((a) => (
                <option key={a} value={a}>
                  {audienceLabels[a]}
                </option>
              ))}
            </select>
          </div>
        </form>
        <p aria-live="polite" data-symptom-count={shown} className={styles.count}>
          {shown === total ? `${total} symptoms` : `${shown} of ${total} symptoms`}
        </p>
        {visible.length === 0 ? (
          <p>
            No symptom matches. Try fewer words,{' '}
            <Link to={`/search?q=${encodeURIComponent(query)}`}>search all articles</Link> or{' '}
            <Link to="/troubleshoot">answer a few questions</Link>.
          </p>
        ) : null}
        {visible.map((g) => (
          <section key={g.id} aria-labelledby={`symptoms-${g.id}`}>
            <Heading as="h2" id={`symptoms-${g.id}`}>
              {g.label}
            </Heading>
            <ul className={styles.list}>
              {g.entries.map((e) => (
                <li key={`${e.kbId}-${e.kind}-${e.text}`}>
                  <Link to={e.href} data-symptom="" className={styles.entry}>
                    {e.kind === 'status' ? <span className={styles.status}>Status: “{e.text}”</span> : e.text}
                  </Link>
                  <span className={styles.target}>
                    {e.kbId} · {e.articleTitle}
                    {e.causeTitle ? ` · Cause: ${e.causeTitle}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </main>
    </Layout>
  );
}
