/** Server rendering, as at build time. */
export default function useIsBrowser(): boolean {
  return false;
}
