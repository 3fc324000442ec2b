import {Children, type ReactNode} from 'react';

/**
 * Misuse of a callout in MDX fails the build (server rendering throws) with a
 * message naming the component, the prop, what it expected and what it got.
 * The content loader (src/build/callouts.ts) reports the same problems earlier,
 * with the file name; these checks guard any other use of the components.
 */
export class CalloutPropError extends Error {
  constructor(component: string, prop: string, expected: string, received: string) {
    super(
      `<${component}> ${prop}: expected ${expected}, received ${received}. ` +
        'See the authoring guide, section "Components".',
    );
    this.name = 'CalloutPropError';
  }
}

function show(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

export function requireAnchor(component: string, prop: string, value: unknown, pattern: RegExp, example: string): void {
  if (typeof value !== 'string' || !pattern.test(value)) {
    throw new CalloutPropError(component, prop, `an anchor like ${example}`, show(value));
  }
}

export function requireText(component: string, prop: string, value: unknown): void {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new CalloutPropError(component, prop, 'a non-empty text', show(value));
  }
}

export function requireChildren(component: string, children: ReactNode): void {
  if (Children.count(children) === 0) {
    throw new CalloutPropError(component, 'children', 'some content', 'nothing');
  }
}
