import {describe, expect, it} from 'vitest';
import {errorCatalog, findError} from '..';
import published from '../../../errors/published-ids.json';

describe('published IDs', () => {
  it.each(published.ids)('%s still resolves to a page', (id) => {
    expect(findError(id)?.id, `${id} was published at /errors/${id}; keep it in the catalog (retire it, never delete it)`).toBe(id);
  });

  it.each(published.aliases)('alias %s still resolves', (alias) => {
    expect(findError(alias), `${alias} was published; keep it as an alias`).toBeDefined();
  });

  it('records every ID and alias of the catalog, so the list only grows', () => {
    const missing = errorCatalog.flatMap((e) => [e.id, ...e.aliases]).filter((x) => !published.ids.includes(x) && !published.aliases.includes(x));
    expect(missing, 'add these to errors/published-ids.json').toEqual([]);
  });
});
