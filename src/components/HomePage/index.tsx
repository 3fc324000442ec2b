import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {categories} from '@site/src/kb/categories';
import type {ArticleSummary} from '@site/src/kb/summary';
import styles from './styles.module.css';

export interface HomePageProps {
  /** Injected by the kb plugin from the articles' front matter. */
  readonly articles: readonly ArticleSummary[];
}

/** Says what this knowledge base is and leads into it three ways. */
export default function HomePage({articles}: HomePageProps): ReactNode {
  return (
    <Layout
      title="Procurify ↔ Amazon Business PunchOut help"
      description="Troubleshooting guide for common Amazon PunchOut integration errors, order submission failures and user configuration issues."
    >
      <main className="container margin-vert--lg">
        <header className={styles.hero}>
          <Heading as="h1">Procurify ↔ Amazon Business PunchOut help</Heading>
          <p className={styles.lead}>
            A comprehensive troubleshooting guide for resolving common Amazon PunchOut integration errors, order
            submission failures, and user configuration issues. Each article names the issue, its potential causes and
            the steps that resolve it.
          </p>
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
        <div className={styles.grid}>
          {categories.map((c) => {
            const inCategory = articles.filter((a) => a.category === c.id);
            if (inCategory.length === 0) return null;
            return (
              <section key={c.id} aria-labelledby={`cat-${c.id}`}>
                <Heading as="h2" id={`cat-${c.id}`}>
                  {c.label}
                </Heading>
                <ul className={styles.articles}>
                  {inCategory.map((a) => (
                    <li key={a.kbId}>
                      <Link to={a.permalink}>
                        <span className={styles.kbId}>{a.kbId}</span> {a.title}
                      </Link>
                      <p>{a.description}</p>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      </main>
    </Layout>
  );
}
