import {usePluginData} from '@docusaurus/useGlobalData';
import type {KnowledgeBaseData, KnowledgeBaseEntry} from '@site/plugins/runbooks/types';

/** The knowledge base index the runbooks plugin built. */
export function useKnowledgeBase(): KnowledgeBaseData {
  return usePluginData('ax-runbooks') as KnowledgeBaseData;
}

/** The knowledge base entry of one runbook page. */
export function useKnowledgeBaseEntry(id: string): KnowledgeBaseEntry | undefined {
  return useKnowledgeBase().entries.find((e) => e.id === id);
}

/** The runbooks whose triggers name this error ID or alert. For error pages. */
export function useRunbooksFor(trigger: string): KnowledgeBaseData['byTrigger'][string] {
  return useKnowledgeBase().byTrigger[trigger] ?? [];
}
