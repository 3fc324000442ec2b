/** An article as the home page lists it. */
export interface HomeArticle {
  readonly kbId: string;
  readonly title: string;
  readonly description: string;
  readonly permalink: string;
}

/** One guide on the home page: where it starts, and its articles by category while it is small. */
export interface HomeGuide {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly articleCount: number;
  /** Its first article: the sidebar of the guide opens from there. */
  readonly firstArticle: string;
  /** Its article index (/articles for AMZ): every article, filterable. */
  readonly index: string;
  readonly symptomsHref: string;
  readonly troubleshootHref?: string;
  /** Empty for a large guide: its sidebar and symptom pages list the articles instead. */
  readonly categories: readonly {
    readonly id: string;
    readonly label: string;
    readonly articles: readonly HomeArticle[];
  }[];
}
