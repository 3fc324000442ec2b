/** What a guide answers when a reader names one of its named things (src/guides/answers.ts). */
export interface NamedAnswer {
  /** The plain answer: "Amazon.it (Italy) is not one of the Amazon domains the PunchOut integration supports …". */
  readonly sentence: string;
  /** A word tests and styles can read (data-place-answer): "supported", "unsupported". */
  readonly kind: string;
  /** After the link to the article: what it holds on the matter. */
  readonly more?: string;
  /** The plain yes or no the sentence gives, said first: "Yes", "No". */
  readonly verdict?: string;
  /** A page of the site that answers this name with a link of its own, for a ticket: "/tools/amazon-domains?q=italy". */
  readonly page?: string;
}
