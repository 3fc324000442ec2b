import type {ReactNode} from 'react';
import type {SnippetPart} from '@site/src/search/types';

export interface HighlightedTextProps {
  readonly parts: readonly SnippetPart[];
}

/** Snippet text with the matched words in <mark>; always text nodes, never HTML. */
export default function HighlightedText({parts}: HighlightedTextProps): ReactNode {
  return <>{parts.map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}
