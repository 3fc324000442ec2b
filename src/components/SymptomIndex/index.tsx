import {useId, useMemo, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {useHistory, useLocation} from '@docusaurus/router';
import {matchesFilter, type SymptomIndexData, type SymptomSection} from '@site/src/kb/symptomEntries';
import {findNamed} from '@site/src/search/named';
import {namedAnswer} from '@site/src/guides/answers';
import PlaceNotice from '@site/src/components/PlaceNotice';
import ChoiceFilter from '@site/src/components/ChoiceFilter';
import styles from './styles.module.css';

export interface SymptomIndexProps {
  /** Injected by the kb plugin (src/build/listings.ts) from the articles' front matter. */
  readonly data: SymptomIndexData;
}

const countOf = (sections: readonly SymptomSection[]) =>
  sections.reduce((n, s) => n + s.groups.reduce((m, g) => m + g.entries.length, 0), 0);

/**
 * /symptoms: every symptom and status text, filterable. The filter lives in
 * the URL (?q=cancel&audience=approver) so an agent can paste it.
 */
export default function SymptomIndex({data}: SymptomIndexProps): ReactNode {
  const total = useMemo(() => countOf(data.sections), [data]);
  const location = useLocation();
  const history = useHistory();
  const inputId = useId();
  // The URL is the state; the server HTML (and the first render) has no filter.
  const params = new URLSearchParams(useIsBrowser() ? location.search : '');
  const query = params.get('q') ?? '';
  const a = params.get('audience') ?? '';
  const audience = data.audiences.some((x) => x.id === a) ? a : '';

  function update(nextQuery: string, nextAudience: string) {
    const params = new URLSearchParams();
    if (nextQuery) params.set('q', nextQuery);
    if (nextAudience) params.set('audience', nextAudience);
    const search = params.toString();
    history.replace({pathname: location.pathname, search: search ? `?${search}` : ''});
  }

  // A name of a guide's named things ("Italy", "amazon.it" for AMZ): its article, and the guide's answer.
  const named = query
    ? data.sections.map((s) => (s.named ? findNamed(query, s.named, s.guide) : undefined)).find(Boolean)
    : undefined;
  const place = named ? namedAnswer(named) : undefined;
  const visible = data.sections
    .map((s) => ({
      ...s,
      groups: s.groups
        .map((g) => ({...g, entries: g.entries.filter((e) => matchesFilter(e, query, audience, Boolean(named)))}))
        .filter((g) => g.entries.length > 0),
    }))
    .filter((s) => s.groups.length > 0);
  const shown = countOf(visible);
  const placeEntry = place
    ? visible.flatMap((s) => s.groups.flatMap((g) => g.entries)).find((e) => e.named)
    : undefined;
  // One guide on the page: categories are its h2; several: each guide is an h2, its categories h3.
  const nested = data.sections.length > 1;
  // A guide's page (perhaps one page of several) sends a missed filter to search within that guide.
  const guideParam = data.sections.length === 1 && data.guidePages.length > 0 ? `&guide=${data.sections[0].guide}` : '';

  return (
    <Layout
      title={data.title}
      description="Every symptom, status and error text in the PunchOut knowledge base, with the article that fixes it."
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">{data.title}</Heading>
        <p>Find what you see or what the user tells you. Each entry links to the article, or straight to the cause.</p>
        {total > 0 ? (
          <>
            {/* Filtering runs in the browser: without JavaScript the form stays hidden and every entry shows. */}
            <form
              className={styles.filters}
              aria-label="Filter symptoms"
              data-requires-js=""
              onSubmit={(e) => e.preventDefault()}
            >
              <div className={styles.field}>
                <label htmlFor={inputId}>Filter symptoms</label>
                <input
                  id={inputId}
                  type="search"
                  className="kb-input"
                  data-symptom-filter=""
                  value={query}
                  placeholder="e.g. cancelled, pending, approve"
                  onChange={(e) => update(e.target.value, audience)}
                />
              </div>
              <ChoiceFilter
                className={styles.field}
                label="Who"
                anyLabel="Everyone"
                choices={data.audiences}
                value={audience}
                onChange={(id) => update(query, id)}
                dataAttribute="data-audience-filter"
              />
            </form>
            <p aria-live="polite" data-symptom-count={shown} className={styles.count}>
              {shown === total ? `${total} symptoms` : `${shown} of ${total} symptoms`}
            </p>
          </>
        ) : null}
        {place && placeEntry ? <PlaceNotice answer={place} kbId={placeEntry.kbId} href={placeEntry.href} /> : null}
        {total > 0 && visible.length === 0 ? (
          <p>
            No symptom matches. Try fewer words,{' '}
            <Link to={`/search?q=${encodeURIComponent(query)}${guideParam}`}>search all articles</Link> or{' '}
            <Link to="/troubleshoot">answer a few questions</Link>.
          </p>
        ) : null}
        {data.guidePages.length > 0 ? (
          <nav aria-label="Symptoms by guide">
            <ul className={styles.guides}>
              {data.guidePages.map((g) => (
                <li key={g.href}>
                  <Link to={g.href}>{g.label}</Link> <span className={styles.target}>{g.count} symptoms</span>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {visible.map((s) => (
          <section key={s.guide} aria-labelledby={nested ? `symptoms-${s.guide}` : undefined}>
            {nested ? (
              <Heading as="h2" id={`symptoms-${s.guide}`}>
                {s.title}
              </Heading>
            ) : null}
            {s.groups.map((g) => (
              // Under a guide's heading, categories are not landmarks of their own: two guides may both have "Approvals".
              <section key={g.id} aria-labelledby={nested ? undefined : `symptoms-${s.guide}-${g.id}`}>
                <Heading as={nested ? 'h3' : 'h2'} id={`symptoms-${s.guide}-${g.id}`}>
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
          </section>
        ))}
        {data.pages.length > 0 ? (
          <nav aria-label="Pages of symptoms" className={styles.pages}>
            {data.pages.map((p) => (
              <Link key={p.href} to={p.href} aria-current={p.current ? 'page' : undefined}>
                {p.label}
              </Link>
            ))}
          </nav>
        ) : null}
      </main>
    </Layout>
  );
}
