import type {ArticleFrontMatter} from './schema';

export type {Symptom} from './schema';
export type {Guide} from './guideSchema';

export interface CauseRecord {
  /** Anchor written in the content, e.g. cause-test-mode. */
  readonly id: string;
  readonly title: string;
  readonly text: string;
  /**
   * The guide gives no step for this cause (`<Cause noFix see="step-1">`): said on the page and in the
   * troubleshooter, with the step that applies (`see`), never an invented fix.
   */
  readonly noFix?: {readonly see?: string};
}

export interface StepRecord {
  /** Anchor written in the content, e.g. step-2. */
  readonly id: string;
  /** Cause anchors this step fixes; empty when it applies to every cause. */
  readonly fixes: readonly string[];
  readonly text: string;
}

/** What the callouts of one article say, read from its MDX tree (src/build/callouts.ts). */
export interface ArticleBody {
  readonly issueText: string;
  /** Menu paths the steps name, e.g. "Settings > Integrations". */
  readonly uiPaths: readonly string[];
  readonly causes: readonly CauseRecord[];
  readonly steps: readonly StepRecord[];
  /** The components the body uses, e.g. SupportedDomains: search and the symptom filter treat such articles apart. */
  readonly components: readonly string[];
}

/**
 * What the site knows of one article: its front matter (the schema's output,
 * src/kb/schema.ts), its callouts, and where it lives.
 */
export type ArticleRecord = Readonly<ArticleFrontMatter> &
  ArticleBody & {
    /** The file, relative to the site. */
    readonly file: string;
    /** Id of the guide it belongs to (the folder it is in). */
    readonly guide: string;
    /** Path of the article page, without the site's base URL. */
    readonly permalink: string;
  };
