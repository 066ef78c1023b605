import type {ExtractedPage} from '../../plugins/local-search/extract';

/**
 * One Algolia record per page section, in the shape DocSearch's front end expects
 * (`hierarchy.lvl0…lvl6`, `type`, `url`, `content`), so the stock DocSearch UI renders it.
 */
export interface AlgoliaRecord {
  objectID: string;
  url: string;
  url_without_anchor: string;
  anchor: string | null;
  type: 'lvl1' | 'lvl2' | 'content';
  hierarchy: Record<'lvl0' | 'lvl1' | 'lvl2' | 'lvl3' | 'lvl4' | 'lvl5' | 'lvl6', string | null>;
  content: string | null;
  /** Exact keys (error ids, aliases, commands), searchable and ranked first by the index settings. */
  exact: string[];
  weight: {pageRank: number; level: number; position: number};
}

/** Algolia rejects records over 10 kB; content is trimmed well below that, at a word boundary. */
export const MAX_CONTENT_CHARS = 6000;

function trimContent(text: string): string | null {
  if (!text) return null;
  if (text.length <= MAX_CONTENT_CHARS) return text;
  const cut = text.slice(0, MAX_CONTENT_CHARS);
  return cut.slice(0, cut.lastIndexOf(' ')) + '…';
}

/** Turns pages read back from the build into records; `origin` makes URLs absolute, as DocSearch needs. */
export function buildAlgoliaRecords(pages: readonly ExtractedPage[], origin: string): AlgoliaRecord[] {
  const records: AlgoliaRecord[] = [];
  for (const page of pages) {
    page.units.forEach(({unit, body}, position) => {
      const [pathPart, anchor = null] = unit.url.split('#') as [string, string?];
      const url = new URL(unit.url, origin).toString();
      records.push({
        objectID: unit.url,
        url,
        url_without_anchor: new URL(pathPart, origin).toString(),
        anchor,
        type: position === 0 ? 'lvl1' : 'lvl2',
        hierarchy: {lvl0: unit.section, lvl1: unit.title, lvl2: unit.heading ?? null, lvl3: null, lvl4: null, lvl5: null, lvl6: null},
        content: trimContent(body),
        exact: position === 0 ? page.exact : [],
        weight: {pageRank: page.exact.length ? 1 : 0, level: position === 0 ? 100 : 90, position},
      });
    });
  }
  return records;
}

/** Index settings that put exact error-id and command matches first, as the local search does. */
export const algoliaIndexSettings: {
  searchableAttributes: string[];
  attributesForFaceting: string[];
  customRanking: string[];
  attributesToSnippet: string[];
  distinct: boolean;
} = {
  searchableAttributes: ['unordered(exact)', 'unordered(hierarchy.lvl1)', 'unordered(hierarchy.lvl2)', 'content'],
  attributesForFaceting: ['type', 'hierarchy.lvl0'],
  customRanking: ['desc(weight.pageRank)', 'desc(weight.level)', 'asc(weight.position)'],
  attributesToSnippet: ['content:20'],
  distinct: false,
};
