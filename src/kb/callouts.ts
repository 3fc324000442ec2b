/**
 * The callout components and the props the MDX checker knows. Defined once:
 * the React components, the MDX registration and the build-time checks all
 * read this list.
 */
export const calloutKinds = ['issue', 'cause', 'resolution'] as const;
export type CalloutKind = (typeof calloutKinds)[number];

export const calloutLabels: Record<CalloutKind, string> = {
  issue: 'Issue',
  cause: 'Cause',
  resolution: 'Resolution',
};
