/** Plain-data helpers for the ticket tools; no DOM, so they are unit-tested. */
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
  const sep = base.includes('?') ? '&' : '?';
  return `${base}${sep}subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
