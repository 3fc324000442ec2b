export default function useBaseUrl(url: string): string {
  return url;
}

export function useBaseUrlUtils(): {withBaseUrl: (url: string) => string} {
  return {withBaseUrl: (url) => url};
}
