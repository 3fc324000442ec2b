declare module '@generated/kb-content/default/search-index.json' {
  import type {SearchIndexData} from '@site/src/search/types';
  const data: SearchIndexData;
  export default data;
}
