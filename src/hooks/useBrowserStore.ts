import useIsBrowser from '@docusaurus/useIsBrowser';
import {useSyncExternalStore} from 'react';

/**
 * useSyncExternalStore for a value only the browser knows (storage, media
 * queries): `serverValue` in the server HTML and through hydration, the
 * browser's own right after. React keeps a server snapshot through hydration
 * by itself; Preact's compat layer (src/plugins/preact) reads the browser's
 * value at once and leaves the server's in the hydrated HTML, so the switch
 * waits for Docusaurus' useIsBrowser, true once the page is hydrated.
 */
export function useBrowserStore<T>(subscribe: (onChange: () => void) => () => void, read: () => T, serverValue: T): T {
  const value = useSyncExternalStore(subscribe, read, () => serverValue);
  return useIsBrowser() ? value : serverValue;
}
