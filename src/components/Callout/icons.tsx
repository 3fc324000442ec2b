import type {ReactElement} from 'react';
import type {CalloutKind} from '@site/src/kb/callouts';

// Inline SVG so the page needs no icon font or extra request.
function Svg({d}: {readonly d: string}): ReactElement {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path d={d} fill="currentColor" />
    </svg>
  );
}

export const calloutIcons: Record<CalloutKind, ReactElement> = {
  // exclamation in a circle
  issue: <Svg d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 15h-2v-2h2v2Zm0-4h-2V7h2v6Z" />,
  // magnifier
  cause: (
    <Svg d="M10 2a8 8 0 0 1 6.3 12.9l5.4 5.4-1.4 1.4-5.4-5.4A8 8 0 1 1 10 2Zm0 2a6 6 0 1 0 0 12 6 6 0 0 0 0-12Z" />
  ),
  // check mark in a circle
  resolution: <Svg d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1.5 14.5-4-4 1.4-1.4 2.6 2.6 5.6-5.6 1.4 1.4-7 7Z" />,
};
