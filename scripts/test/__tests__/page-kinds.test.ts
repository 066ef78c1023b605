import {describe, expect, it} from 'vitest';
import {generatedRoutes} from '../../../src/routes/generated-routes';
import {generatedFiles} from '../../../src/routes/table';
import {kindOf, pageKinds, samplePerKind} from '../page-kinds';

describe('kindOf', () => {
  it.each([
    ['/', 'home'],
    ['/errors', 'error catalog'],
    ['/errors/AX1001', 'error'],
    ['/docs/reference/cli', 'CLI command list'],
    ['/docs/reference/cli/plugin-publish', 'CLI command'],
    ['/migration/reference', 'API reference index'],
    ['/migration/reference/v2', 'API reference index'],
    ['/migration/reference/v2/interfaces/EventBus', 'API reference declaration'],
    ['/migration/compatibility', 'compatibility matrix'],
    ['/migration/deprecations', 'deprecations'],
    ['/migration', 'migration guide'],
    ['/migration/v1-to-v2', 'migration guide'],
    ['/runbooks', 'runbook index'],
    ['/runbooks/database-failover', 'runbook'],
    ['/analytics', 'analytics overview'],
    ['/analytics/plugins/audit-trail', 'plugin analytics'],
    ['/security', 'security dashboard'],
    ['/health', 'doc health'],
    ['/docs/templates', 'template comparison'],
    ['/docs/templates/data-sync', 'template'],
    ['/docs/labs/progress', 'labs progress'],
    ['/docs/labs', 'labs index'],
    ['/docs/labs/first-plugin', 'lab'],
    ['/docs/recordings', 'recordings index'],
    ['/docs/recordings/platform-onboarding', 'recording'],
    ['/docs/handoff', 'handoff binder'],
    ['/docs/handoff/readiness', 'handoff binder'],
    ['/docs/office-hours', 'office hours'],
    ['/docs/start-here', 'doc'],
    ['/docs/reference/ownership', 'doc'],
    ['/docs/contributing/checks', 'doc'],
    ['/docs/guides/plugin-templates', 'doc'],
    ['/docs/tutorials/first-plugin', 'doc'],
    ['/404', 'not found'],
    ['/search', 'search'],
  ])('%s is of kind %s', (path, kind) => {
    expect(kindOf(path)?.name).toBe(kind);
  });

  it.each([
    ['a blog post', '/blog/2026/12/01/release'],
    ['a new docs section', '/docs/faq'],
    ['a page below a generated page', '/analytics/plugins/audit-trail/weekly'],
    ['an error page below an error', '/errors/AX1001/details'],
    ['a new top-level page', '/pricing'],
  ])('%s (%s) is of no kind yet', (_what, path) => {
    expect(kindOf(path)).toBeUndefined();
  });

  it('knows every page the plugins generate for this repository (files like zips and feeds are not pages)', () => {
    const files = new Set<string>(Object.values(generatedFiles));
    const pages = generatedRoutes(process.cwd()).routes.filter((r) => !files.has(r) && !/\.[a-z]+$/.test(r));
    expect(pages.length).toBeGreaterThan(100);
    expect(pages.filter((p) => !kindOf(p))).toEqual([]);
  });

  it('names every kind once', () => {
    const names = pageKinds.map((k) => k.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('samplePerKind', () => {
  it('picks the first page of each kind in path order and lists paths of no kind', () => {
    const sample = samplePerKind(['/errors/AX2001', '/blog/hello', '/', '/errors/AX1001', '/errors', '/docs/faq']);
    expect(sample).toMatchInlineSnapshot(`
      {
        "samples": [
          {
            "kind": "home",
            "pages": 1,
            "path": "/",
          },
          {
            "kind": "error catalog",
            "pages": 1,
            "path": "/errors",
          },
          {
            "kind": "error",
            "pages": 2,
            "path": "/errors/AX1001",
          },
        ],
        "unclassified": [
          "/blog/hello",
          "/docs/faq",
        ],
      }
    `);
  });
});
