import type {Audience, CategoryId} from './categories';

export interface Symptom {
  readonly text: string;
  /** Cause anchor the symptom points at, when the article says which. */
  readonly cause?: string;
}

export interface CauseRecord {
  /** Anchor written in the content, e.g. cause-test-mode. */
  readonly id: string;
  readonly title: string;
  readonly text: string;
}

export interface StepRecord {
  /** Anchor written in the content, e.g. step-2. */
  readonly id: string;
  /** Cause anchors this step fixes; empty when it applies to every cause. */
  readonly fixes: readonly string[];
  readonly text: string;
}

/** What the site knows of one article: its front matter and its callouts. */
export interface ArticleRecord {
  readonly file: string;
  readonly kbId: string;
  readonly title: string;
  readonly sidebarLabel: string;
  readonly description: string;
  readonly slug: string;
  /** Path of the article page, without the site's base URL. */
  readonly permalink: string;
  readonly category: CategoryId;
  readonly symptoms: readonly Symptom[];
  readonly statusTexts: readonly string[];
  readonly keywords: readonly string[];
  readonly audience: readonly Audience[];
  readonly related: readonly string[];
  readonly lastReviewed: string;
  readonly redirectFrom: readonly string[];
  readonly issueText: string;
  /** Menu paths the steps name, e.g. "Settings > Integrations". */
  readonly uiPaths: readonly string[];
  readonly causes: readonly CauseRecord[];
  readonly steps: readonly StepRecord[];
}
