import {describe, expect, it} from 'vitest';
import {announceGeneratedPages, generatedPagesReady} from '../generated-pages';

const later = <T,>(ms: number, value: T, fail = false) =>
  new Promise<T>((resolve, reject) => setTimeout(() => (fail ? reject(new Error(String(value))) : resolve(value)), ms));

describe('generated pages hand-over', () => {
  it('is ready at once for a site where nothing generates pages', async () => {
    await expect(generatedPagesReady('/sites/none')).resolves.toBeUndefined();
  });

  it('waits for every generation announced for the site, and only that site', async () => {
    const order: string[] = [];
    announceGeneratedPages('/sites/a', later(30, 'reference').then(() => order.push('reference written')));
    announceGeneratedPages('/sites/a', later(10, 'other').then(() => order.push('other written')));
    await generatedPagesReady('/sites/b');
    order.push('b ready');
    await generatedPagesReady('/sites/a');
    order.push('a ready');
    expect(order).toEqual(['b ready', 'other written', 'reference written', 'a ready']);
  });

  it('leaves a failed generation to its plugin: readers go on, and nothing is reported unhandled', async () => {
    const failed = later(5, 'typedoc failed', true);
    announceGeneratedPages('/sites/c', failed);
    await expect(generatedPagesReady('/sites/c')).resolves.toBeUndefined();
    await expect(failed).rejects.toThrow('typedoc failed');
  });
});
