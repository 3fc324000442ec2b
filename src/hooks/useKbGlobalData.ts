/** The kb plugin's global data in a component: the guides and the search index every page knows. */
import {usePluginData} from '@docusaurus/useGlobalData';
import {readKbGlobalData, type GuideSummary, type KbGlobalData} from '../kb/globalData';

export type {GuideSummary, KbGlobalData};

export function useKbGlobalData(): KbGlobalData {
  const data = usePluginData('kb-content');
  const kb = readKbGlobalData(data);
  if (!kb)
    throw new Error(
      `Plugin "kb-content" global data: expected {searchIndex: string, guides: [{id, title, prefix, categories, audiences}]}, received ${JSON.stringify(data ?? null)?.slice(0, 200)}`,
    );
  return kb;
}

/** Labels of a guide's category and audience ids; the id itself when a label is missing. */
export function useGuideLabels(guideId: string): {
  category: (id: string) => string;
  audience: (id: string) => string;
} {
  const guide = useKbGlobalData().guides.find((g) => g.id === guideId);
  const label = (list: GuideSummary['categories'] | undefined, id: string) =>
    list?.find((c) => c.id === id)?.label ?? id;
  return {category: (id) => label(guide?.categories, id), audience: (id) => label(guide?.audiences, id)};
}
