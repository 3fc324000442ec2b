import {useId, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {useHistory, useLocation} from '@docusaurus/router';
import {matchesArticle, type ArticleFilter, type ArticleIndexData} from '@site/src/kb/articleIndex';
import ChoiceFilter from '@site/src/components/ChoiceFilter';
import styles from './styles.module.css';

export interface ArticleIndexProps {
  /** Injected by the kb plugin (src/build/listings.ts) from the articles' front matter. */
  readonly data: ArticleIndexData;
}

const labelOf = (list: readonly {id: string; label: string}[], id: string) =>
  list.find((x) => x.id === id)?.label ?? id;

/**
 * A guide's article index (/articles for AMZ): every article with its KB ID, category, audience and
 * last review. The table is the server HTML, so it works without JavaScript; the filter, in the URL
 * (?q=cancel&category=ordering) so an agent can paste it, appears once it works.
 */
export default function ArticleIndex({data}: ArticleIndexProps): ReactNode {
  const location = useLocation();
  const history = useHistory();
  const queryId = useId();
  const params = new URLSearchParams(useIsBrowser() ? location.search : '');
  const pick = (name: string, list: readonly {id: string}[]) => {
    const v = params.get(name) ?? '';
    return list.some((x) => x.id === v) ? v : '';
  };
  const filter: ArticleFilter = {
    q: params.get('q') ?? '',
    category: pick('category', data.categories),
    audience: pick('audience', data.audiences),
  };
  const rows = data.rows.filter((r) => matchesArticle(r, filter));

  function update(next: Partial<ArticleFilter>) {
    const merged = {...filter, ...next};
    const search = new URLSearchParams(Object.entries(merged).filter(([, v]) => v)).toString();
    history.replace({pathname: location.pathname, search: search ? `?${search}` : ''});
  }

  return (
    <Layout title={`${data.guide.title}: all articles`} description={data.guide.description}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{data.guide.title}: all articles</Heading>
        <p>{data.guide.description}</p>
        <form
          className={styles.filters}
          aria-label="Filter articles"
          data-requires-js=""
          onSubmit={(e) => e.preventDefault()}
        >
          <div className={styles.field}>
            <label htmlFor={queryId}>Title or KB ID</label>
            <input
              id={queryId}
              type="search"
              className="kb-input"
              data-article-filter=""
              value={filter.q}
              placeholder="e.g. cancelled"
              onChange={(e) => update({q: e.target.value})}
            />
          </div>
          <ChoiceFilter
            className={styles.field}
            label="Category"
            anyLabel="All categories"
            choices={data.categories}
            value={filter.category}
            onChange={(category) => update({category})}
            dataAttribute="data-category-filter"
          />
          <ChoiceFilter
            className={styles.field}
            label="Who"
            anyLabel="Everyone"
            choices={data.audiences}
            value={filter.audience}
            onChange={(audience) => update({audience})}
            dataAttribute="data-audience-filter"
          />
        </form>
        <p aria-live="polite" className={styles.count} data-article-count={rows.length}>
          {rows.length === data.rows.length
            ? `${rows.length} articles`
            : `${rows.length} of ${data.rows.length} articles`}
        </p>
        {rows.length === 0 ? (
          <p>
            No article matches. Try fewer words, or{' '}
            <Link to={`/search?q=${encodeURIComponent(filter.q)}&guide=${data.guide.id}`}>search the articles</Link>.
          </p>
        ) : (
          <table className={styles.table} data-article-index={data.guide.id}>
            <caption className="sr-only">Articles of the {data.guide.title} guide</caption>
            <thead>
              <tr>
                <th scope="col">KB ID</th>
                <th scope="col">Article</th>
                <th scope="col">Category</th>
                <th scope="col">For</th>
                <th scope="col">Last reviewed</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.kbId} data-article-row={r.kbId}>
                  <td className={styles.kbId}>{r.kbId}</td>
                  <td className={styles.title}>
                    <Link to={r.href}>{r.title}</Link>
                  </td>
                  <td data-label="Category">{labelOf(data.categories, r.category)}</td>
                  <td data-label="For">{r.audience.map((a) => labelOf(data.audiences, a)).join(', ')}</td>
                  <td data-label="Last reviewed">
                    <time dateTime={r.lastReviewed}>{r.lastReviewed}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </main>
    </Layout>
  );
}
