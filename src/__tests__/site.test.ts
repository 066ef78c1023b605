import {describe, expect, it} from 'vitest';
import {algoliaFromEnv} from '../site/search';
import {architectureGraph} from '../site/architecture';
import {components, teams} from '../content-model/registry';

describe('Algolia switch', () => {
  it('stays local unless all three public settings are present', () => {
    expect(algoliaFromEnv({ALGOLIA_APP_ID: 'A', ALGOLIA_SEARCH_API_KEY: 'k'})).toBeUndefined();
    expect(algoliaFromEnv({ALGOLIA_APP_ID: 'A', ALGOLIA_SEARCH_API_KEY: 'k', ALGOLIA_INDEX_NAME: 'ax', ALGOLIA_ADMIN_API_KEY: 'secret'})).toEqual({
      appId: 'A',
      apiKey: 'k',
      indexName: 'ax',
    });
  });
});

describe('registry', () => {
  it('has the PRD squads plus the docs team, and every component has a known owner', () => {
    expect(teams.map((t) => t.id)).toEqual(['cli', 'quality', 'runtime', 'devops', 'product', 'docs']);
    for (const c of components) expect(teams.some((t) => t.id === c.owner)).toBe(true);
  });

  it('draws every component in the architecture map, labelled with its team', () => {
    const {nodes} = architectureGraph();
    expect(nodes.map((n) => n.id).sort()).toEqual(components.map((c) => c.id).sort());
    expect(nodes.find((n) => n.id === 'cli')!.lines).toEqual(['ax CLI', 'CLI/TypeScript Squad']);
  });
});
