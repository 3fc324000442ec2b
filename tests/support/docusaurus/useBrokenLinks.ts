/** Records the anchors components register, so tests can assert them. */
export const collectedAnchors: string[] = [];

export default function useBrokenLinks() {
  return {collectAnchor: (id: string) => collectedAnchors.push(id), collectLink: () => undefined};
}
