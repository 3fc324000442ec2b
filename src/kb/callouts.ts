/**
 * The callout kinds, defined once: the layout's label, icon and class for
 * each. (The components an article may use, with their props, are listed
 * for the build-time checks in src/build/callouts.ts.)
 */
export const calloutKinds = ['issue', 'cause', 'resolution'] as const;
export type CalloutKind = (typeof calloutKinds)[number];

export const calloutLabels: Record<CalloutKind, string> = {
  issue: 'Issue',
  cause: 'Cause',
  resolution: 'Resolution',
};
