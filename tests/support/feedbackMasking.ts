/**
 * The masking table (tests/fixtures/feedback-masking.json) as events: the unit suite checks each
 * with deploy/feedback.js in Node, the nginx suite posts the same bodies to njs.
 */
import table from '../fixtures/feedback-masking.json';

export const maskedFields = ['query', 'text', 'page', 'guide'] as const;
export type MaskedField = (typeof maskedFields)[number];

export interface MaskingCase {
  readonly field: MaskedField;
  /** What the reader sent. */
  readonly sent: string;
  /** What the log must hold. */
  readonly stored: string;
}

function checked(value: unknown, index: number): MaskingCase {
  const c = value as Partial<Record<keyof MaskingCase, unknown>>;
  if (!maskedFields.includes(c.field as MaskedField) || typeof c.sent !== 'string' || typeof c.stored !== 'string')
    throw new Error(
      `feedback-masking.json cases[${index}]: expected {field: ${maskedFields.join(' | ')}, sent: string, stored: string}, received ${JSON.stringify(value)}`,
    );
  return c as MaskingCase;
}

export const maskingCases: readonly MaskingCase[] = table.cases.map(checked);

/**
 * The event that carries `c.sent` in its field; `tag` comes back in the stored line (a search's
 * count, a vote's KB ID), so a test finds each case's line however nginx ordered them.
 */
export function maskingEvent(c: MaskingCase, tag: number, baseUrl = '/'): Record<string, unknown> {
  if (c.field === 'text')
    return {
      type: 'vote',
      page: `${baseUrl}articles/amz-007`,
      guide: '',
      kbId: tagKbId(tag),
      vote: 'down',
      text: c.sent,
    };
  const search = {type: 'search', page: `${baseUrl}search`, guide: '', query: 'masking', count: tag, outcome: 'none'};
  return {...search, [c.field]: c.sent};
}

/** The KB ID that carries a vote's tag: AMZ-100 and up, a valid ID. */
export function tagKbId(tag: number): string {
  return `AMZ-${100 + tag}`;
}
