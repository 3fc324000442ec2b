/** Plain-data helpers for the ticket tools; no DOM, so they are unit-tested. */
import {cutText} from '../lib/fold';
import {stepNumber} from './ids';

export interface TicketStep {
  readonly id: string;
  readonly text: string;
}

export interface TicketInput {
  readonly kbId: string;
  readonly title: string;
  readonly url: string;
  readonly steps: readonly TicketStep[];
}

/** Text an agent pastes into a ticket: ID, title, link, numbered steps. */
export function ticketPlainText({kbId, title, url, steps}: TicketInput): string {
  return [
    `${kbId}: ${title}`,
    url,
    '',
    'Resolution steps:',
    ...steps.map((s, i) => `${i + 1}. ${s.text} (${url}#${s.id})`),
  ].join('\n');
}

/** The same as Markdown, each step linking to its anchor. */
export function ticketMarkdown({kbId, title, url, steps}: TicketInput): string {
  const esc = (s: string) => s.replace(/([\\[\]*_`])/g, '\\$1');
  return [
    `**[${kbId}: ${esc(title)}](${url})**`,
    '',
    ...steps.map((s, i) => `${i + 1}. ${esc(s.text)} ([link](${url}#${s.id}))`),
  ].join('\n');
}

/** mailto:/https contact link with the KB ID and the steps tried pre-filled. */
export function contactHref(base: string, input: TicketInput, tried: readonly string[]): string {
  const subject = `Still stuck after ${input.kbId}: ${input.title}`;
  const triedSteps = input.steps.filter((s) => tried.includes(s.id));
  const body = [
    `Article: ${input.kbId} ${input.title}`,
    input.url,
    '',
    triedSteps.length
      ? `Steps I have tried:\n${triedSteps.map((s) => `- Step ${stepNumber(s.id)}: ${s.text}`).join('\n')}`
      : 'Steps I have tried: none yet',
    '',
    'What I see:',
  ].join('\n');
  return withMessage(base, subject, body);
}

export interface TroubleshooterAnswer {
  readonly question: string;
  readonly answer: string;
}

export interface TroubleshooterContactInput {
  /** The article whose causes the answers ruled out. */
  readonly kbId: string;
  readonly title: string;
  /** The troubleshooter's URL with the answers (?path=…), so support sees the same page. */
  readonly url: string;
  readonly answers: readonly TroubleshooterAnswer[];
  /** The cause the answers lead to, when the guide has no step for it (otherwise: every cause is ruled out). */
  readonly cause?: string;
}

/** The contact link at a troubleshooter outcome that ruled an article out: the answers given, pre-filled. */
export function troubleshooterContactHref(base: string, input: TroubleshooterContactInput): string {
  const subject = `Still stuck after the troubleshooter (${input.kbId}: ${input.title})`;
  const body = [
    input.cause
      ? `My answers lead to ${input.kbId} ${input.title}, cause: ${input.cause}, which has no step in the knowledge base.`
      : `My answers rule out each cause of ${input.kbId} ${input.title}.`,
    input.url,
    '',
    'My answers:',
    ...input.answers.map((a) => `- ${a.question} ${a.answer}`),
    '',
    'What I see:',
  ].join('\n');
  return withMessage(base, subject, body);
}

/** The contact link offered when a search finds nothing: the query, pre-filled. */
export function searchContactHref(base: string, query: string): string {
  return withMessage(
    base,
    'No article for what I searched',
    ['I searched the knowledge base for:', cutText(query, 300), '', 'What I see:'].join('\n'),
  );
}

/** Adds a subject and body to a mailto: or https contact URL. */
function withMessage(base: string, subject: string, body: string): string {
  const sep = base.includes('?') ? '&' : '?';
  return `${base}${sep}subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

export interface NoFixInput {
  readonly kbId: string;
  /** The cause's title. */
  readonly cause: string;
  /** Link to the cause, on the reader's origin. */
  readonly url: string;
}

/** "Still stuck?" on a cause the guide gives no step for: KB ID and cause filled in. */
export function noFixContactHref(base: string, {kbId, cause, url}: NoFixInput): string {
  const body = [
    `Article: ${kbId}`,
    url,
    `Cause: ${cause}`,
    'The knowledge base has no step for this cause.',
    '',
    'What I see:',
  ].join('\n');
  return withMessage(base, `Still stuck: ${kbId}, ${cause}`, body);
}
