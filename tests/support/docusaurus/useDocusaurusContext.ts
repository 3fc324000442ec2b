export const testSiteUrl = 'https://kb.test';

export default function useDocusaurusContext() {
  return {siteConfig: {url: testSiteUrl, baseUrl: '/', customFields: {supportContact: 'mailto:help@kb.test'}}};
}
