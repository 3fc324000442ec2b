/** A place inside an article a result can point at: the issue, a cause or a step. */
export interface SearchSection {
  /** Anchor on the article page; empty for the top of the article. */
  readonly anchor: string;
  /** Shown before the snippet: "Cause: Test Mode", "Step 2". */
  readonly label: string;
  readonly text: string;
}

/** One article as the search index holds it. Field names are the MiniSearch fields. */
export interface SearchDoc {
  readonly id: string;
  readonly kbId: string;
  readonly title: string;
  readonly permalink: string;
  readonly symptoms: string;
  readonly statusTexts: string;
  readonly keywords: string;
  /** Menu paths named in the steps: people paste them as they read them. */
  readonly uiPaths: string;
  readonly description: string;
  /** Issue, causes and steps; their text is the index's body field. */
  readonly sections: readonly SearchSection[];
}

export interface SearchIndexData {
  readonly version: 1;
  readonly docs: readonly SearchDoc[];
}

/** A piece of snippet text, marked when it matched the query. */
export interface SnippetPart {
  readonly text: string;
  readonly match: boolean;
}

export interface SearchHit {
  readonly kbId: string;
  readonly title: string;
  /** Article path plus the anchor of the best-matching section. */
  readonly href: string;
  readonly sectionLabel: string;
  readonly snippet: readonly SnippetPart[];
  readonly score: number;
}
