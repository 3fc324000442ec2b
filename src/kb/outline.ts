import {cutText} from '../lib/fold';
import {calloutLabels} from './callouts';
import {stepNumber} from './ids';

/** One line of a page's outline, in the shape of the docs' table of contents (its `value` is HTML). */
export interface OutlineItem {
  readonly value: string;
  readonly id: string;
  readonly level: number;
}

export interface OutlineInput {
  readonly causes: readonly {readonly id: string; readonly title: string}[];
  readonly steps: readonly {readonly id: string; readonly text: string}[];
}

/** The anchor of an article's Issue callout: the outline's first line. */
export const issueAnchor = 'issue';

/** The first words of a text, cut at a word end, within `max` characters. */
const firstWords = (text: string, max: number) =>
  text.length <= max
    ? text
    : `${cutText(text, max)
        .replace(/\s+\S*$/, '')
        .replace(/[\s,;:.]+$/, '')}…`;

/** Text as HTML: the table of contents renders `value` as markup, and article text must never become markup. */
const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * An article's outline as the docs' table of contents shows it: the Issue, each Cause, the Resolution
 * and its steps (a step by its number and first words), each linking to its anchor.
 */
export function articleOutline({causes, steps}: OutlineInput): OutlineItem[] {
  return [
    {value: calloutLabels.issue, id: issueAnchor, level: 2},
    ...causes.map((c) => ({value: html(`${calloutLabels.cause}: ${c.title}`), id: c.id, level: 2})),
    ...(steps.length ? [{value: calloutLabels.resolution, id: 'resolution', level: 2}] : []),
    ...steps.map((s) => ({value: html(`Step ${stepNumber(s.id)}: ${firstWords(s.text, 48)}`), id: s.id, level: 3})),
  ];
}
