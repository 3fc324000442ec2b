/** The troubleshooter as authors write it (definitions) and as pages receive it (resolved). */
export interface Outcome {
  readonly kbId: string;
  /** A cause or step anchor of that article; omit to land on the article. */
  readonly anchor?: string;
  /** Why this article fits, shown with the link. */
  readonly summary: string;
  /**
   * The answers on the way here have ruled out every cause the article
   * describes (each is the outcome of another answer on the path): the page
   * says so and offers the symptom index and "Still stuck?" instead of
   * sending the reader back through the causes. Checked at build; no anchor.
   */
  readonly ruledOut?: boolean;
}

/** A page that helps answer a question, e.g. the special-character checker. */
export interface QuestionTool {
  /** Link text, a whole sentence: "Check the name and address with the special-character checker." */
  readonly label: string;
  /** Site path of the tool, without the base URL. */
  readonly to: string;
}

export interface Answer {
  /** Short id, unique within its question: it is written into the shareable URL. */
  readonly id: string;
  readonly label: string;
  /** The next question's id, or an outcome. */
  readonly next: string | Outcome;
}

export interface Question {
  readonly id: string;
  readonly text: string;
  /** A hint on where to look, e.g. a menu path. */
  readonly help?: string;
  /** A tool on this site that tells the answer. */
  readonly tool?: QuestionTool;
  readonly answers: readonly Answer[];
}

/** A guide's decision tree: questions that end in outcomes on that guide's articles. */
export interface TroubleshooterDefinition {
  /** Id of the guide (docs/guides.json) whose articles the outcomes name. */
  readonly guide: string;
  /** The file it was read from, as problems name it (docs/amz/troubleshooter.json). */
  readonly file?: string;
  /** Path of its page, e.g. /troubleshoot. */
  readonly path: string;
  /** Id of the first question. */
  readonly start: string;
  readonly questions: readonly Question[];
}

/** An outcome with its link resolved at build time, as the page receives it. */
export interface ResolvedOutcome extends Outcome {
  readonly href: string;
  readonly title: string;
  readonly anchorTitle?: string;
  /** What readers report when this cause is theirs: the article's symptoms that name it. */
  readonly symptoms?: readonly string[];
  /** With ruledOut: the titles of the article's causes the answers have ruled out. */
  readonly ruledOutCauses?: readonly string[];
  /** The cause landed on has no step in the guide (<Cause noFix>): the step that applies anyway, if named. */
  readonly noFix?: {readonly see?: string; readonly seeHref?: string};
}

export interface ResolvedAnswer {
  readonly id: string;
  readonly label: string;
  readonly next: string | ResolvedOutcome;
}

export interface ResolvedQuestion extends Omit<Question, 'answers'> {
  readonly answers: readonly ResolvedAnswer[];
}

export interface ResolvedTree {
  /** Title of the guide the tree belongs to. */
  readonly guideTitle: string;
  readonly start: string;
  readonly questions: readonly ResolvedQuestion[];
}

/** A guide that has a troubleshooter, as each troubleshooter page lists them. */
export interface TroubleshooterGuide {
  /** The guide's title: "Amazon Business PunchOut". */
  readonly title: string;
  /** Its troubleshooter's page, without the base URL. */
  readonly path: string;
}
