import {createContext, type ReactNode} from 'react';

/**
 * What a section's doc item puts around a page's Markdown, inside the content (so headings and
 * anchors stay in order): the runbooks section fills it with each runbook's facts, comms and
 * drill. Empty everywhere else, so other doc pages load none of those components.
 */
export interface DocContentSlotsValue {
  before?: ReactNode;
  after?: ReactNode;
}

export const DocContentSlots = createContext<DocContentSlotsValue>({});
