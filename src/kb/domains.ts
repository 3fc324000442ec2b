/**
 * The Amazon domains Procurify supports for the PunchOut integration, as the
 * guide lists them (AMZ-007). Used by the article and the troubleshooter.
 */
export interface AmazonDomain {
  readonly domain: string;
  readonly country: string;
}

export const supportedDomains: readonly AmazonDomain[] = [
  {domain: 'Amazon.com', country: 'United States'},
  {domain: 'Amazon.de', country: 'Germany'},
  {domain: 'Amazon.co.uk', country: 'United Kingdom'},
  {domain: 'Amazon.ca', country: 'Canada'},
  {domain: 'Amazon.es', country: 'Spain'},
];
