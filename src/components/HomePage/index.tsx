import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type {HomeGuide} from '@site/src/kb/home';
import styles from './styles.module.css';

export interface HomePageProps {
  /** Injected by the kb plugin (src/build/listings.ts): the guides, with their articles while they are small. */
  readonly guides: readonly HomeGuide[];
  /** Injected by the kb plugin from the registry (docs/guides.json): the heading and introduction. */
  readonly site: HomeSite;
}

export interface HomeSite {
  readonly heading: string;
  readonly intro: string;
}

interface CategoriesProps {
  readonly guide: HomeGuide;
  /** h2 when the site has one guide, h3 under the guide's own heading otherwise. */
  readonly level: 'h2' | 'h3';
}

function Categories({guide, level}: CategoriesProps): ReactNode {
  return (
    <div className={styles.grid}>
      {guide.categories.map((c) => (
        // Under a guide's heading, categories are not landmarks of their own: two guides may both have "Approvals".
        <section key={c.id} aria-labelledby={level === 'h2' ? `cat-${guide.id}-${c.id}` : undefined}>
          <Heading as={level} id={`cat-${guide.id}-${c.id}`}>
            {c.label}
          </Heading>
          <ul className={styles.articles}>
            {c.articles.map((a) => (
              <li key={a.kbId}>
                <Link to={a.permalink}>
                  <span className={styles.kbId}>{a.kbId}</span> {a.title}
                </Link>
                <p>{a.description}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** Says what this knowledge base is and leads into it three ways, then into each guide. */
export default function HomePage({guides, site}: HomePageProps): ReactNode {
  const single = guides.length === 1 ? guides[0] : null;
  return (
    <Layout title={site.heading} description={site.intro}>
      <main className="container margin-vert--lg">
        <header className={styles.hero}>
          <Heading as="h1">{site.heading}</Heading>
          <p className={styles.lead}>{site.intro}</p>
          <ul className={styles.ways}>
            <li>
              <Link className="button button--primary" to="/troubleshoot">
                Answer a few questions
              </Link>
            </li>
            <li>
              <Link className="button button--secondary" to="/symptoms">
                Look up what you see
              </Link>
            </li>
            <li>
              <Link className="button button--secondary" to="/search">
                Search the articles
              </Link>
            </li>
          </ul>
        </header>
        {single && single.categories.length > 0 ? (
          <Categories guide={single} level="h2" />
        ) : (
          guides.map((g) => (
            <section key={g.id} className={styles.guide} aria-labelledby={`guide-${g.id}`} data-guide={g.id}>
              <Heading as="h2" id={`guide-${g.id}`}>
                {g.title}
              </Heading>
              <p>
                {g.description} {g.articleCount} article{g.articleCount === 1 ? '' : 's'}.
              </p>
              <ul className={styles.ways}>
                <li>
                  <Link to={g.index}>All {g.articleCount} articles</Link>
                </li>
                <li>
                  <Link to={g.symptomsHref}>Symptoms</Link>
                </li>
                {g.troubleshootHref ? (
                  <li>
                    <Link to={g.troubleshootHref}>Troubleshooter</Link>
                  </li>
                ) : null}
              </ul>
              {g.categories.length > 0 ? <Categories guide={g} level="h3" /> : null}
            </section>
          ))
        )}
      </main>
    </Layout>
  );
}
