/**
 * Marks the document once React has hydrated and routed, so browser tests
 * (and anything else automating the site) know the page is interactive.
 */
import type {ClientModule} from '@docusaurus/types';

const module: ClientModule = {
  onRouteDidUpdate() {
    document.documentElement.dataset.kbReady = 'true';
  },
};

export default module;
