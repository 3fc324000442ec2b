/** KB IDs look like AMZ-001: the integration's prefix, three digits. Shared by build and browser code. */
export const kbIdPattern = /^AMZ-\d{3}$/;

/** Anchors written in the content: lower-case words joined by hyphens. */
export const anchorPattern = /^[a-z][a-z0-9-]*$/;
