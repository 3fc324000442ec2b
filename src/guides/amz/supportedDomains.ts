import named from '@site/docs/amz/named.json';

/** The guide's list of supported domains (AMZ-007), kept with its other place data in docs/amz/named.json. */
export const supportedDomains: readonly {readonly domain: string; readonly country: string}[] = named.data.supported;
