import type {ReactNode} from 'react';

/** Docusaurus' Head puts its children in the page's <head>; a server render in a unit test has none to fill. */
export default function Head(_props: {children?: ReactNode}): ReactNode {
  return null;
}
