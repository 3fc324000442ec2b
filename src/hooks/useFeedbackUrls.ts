import useBaseUrl from '@docusaurus/useBaseUrl';
import type {FeedbackUrls} from '../lib/feedback';

/** BASE_URL_feedback (POST events) and BASE_URLfeedback.json (does this host record them?). */
export function useFeedbackUrls(): FeedbackUrls {
  return {endpoint: useBaseUrl('/_feedback'), probe: useBaseUrl('/feedback.json')};
}
