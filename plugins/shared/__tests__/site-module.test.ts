import {describe, expect, it} from 'vitest';
import {siteModule} from '../site-module';

describe('siteModule', () => {
  it.each([
    ['/a/site', '/a/site/.docusaurus/ax-analytics/default/page.json', '@site/.docusaurus/ax-analytics/default/page.json'],
    ['/b/other-checkout', '/b/other-checkout/.docusaurus/ax-analytics/default/page.json', '@site/.docusaurus/ax-analytics/default/page.json'],
  ])('names %s + %s without the checkout folder', (siteDir, file, expected) => {
    expect(siteModule(siteDir, file)).toBe(expected);
  });

  it('refuses a file outside the site folder', () => {
    expect(() => siteModule('/a/site', '/tmp/x.json')).toThrowErrorMatchingInlineSnapshot(`[Error: Unexpected module "/tmp/x.json" outside the site folder, expected a file under "/a/site"]`);
  });
});
