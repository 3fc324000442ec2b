import type * as z from 'zod';
import {describeValue, type ContentProblem} from '../kb/errors';

/**
 * What a zod issue expected, in the author's words. Our schemas give their
 * own message where it helps ("an ID like AMZ-001"); the others are worded
 * from the issue's code, never by rewriting zod's English.
 */
function expected(issue: z.core.$ZodIssue, received: unknown): string {
  if (received === undefined) return 'a value (required field)';
  switch (issue.code) {
    case 'invalid_type':
      return issue.message.startsWith('Invalid input') ? `a ${issue.expected}` : issue.message;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.message.startsWith('Too small') ? `at least ${issue.minimum} item(s)` : issue.message;
    case 'invalid_union':
      return 'a text, or {text, cause} with a cause anchor';
    default:
      return issue.message;
  }
}

/** Every issue of a failed parse as `file: field: expected …, received …`. */
export function zodProblems(file: string, error: z.ZodError, input: unknown): ContentProblem[] {
  return error.issues.map((issue) => {
    const received = issue.path.reduce<unknown>(
      (v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k as PropertyKey] : undefined),
      input,
    );
    return {
      file,
      field: issue.path.join('.') || 'front matter',
      expected: expected(issue, received),
      received: describeValue(received),
    };
  });
}
