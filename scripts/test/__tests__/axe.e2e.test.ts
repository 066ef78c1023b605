import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {runAxe} from '../axe';

const site = path.join(__dirname, '__fixtures__/axe-site');

describe('runAxe', () => {
  // One tab audits page after page, so a page that stores progress comes right before one that
  // shows a violation only when that storage leaked.
  it('fails a page with a violation, a page that does not hydrate and a page that is gone, without stopping the run or sharing storage', async () => {
    const result = await runAxe(site, {concurrency: 1, pageTimeout: 3_000, log: () => {}});
    expect({pages: result.pages, passed: result.passed, failed: result.failed, concurrency: result.concurrency, failures: result.failures}).toMatchInlineSnapshot(`
      {
        "concurrency": 1,
        "failed": 3,
        "failures": [
          {
            "issues": [
              "image-alt (critical): Images must have alternative text (img)",
            ],
            "url": "/missing-alt",
          },
          {
            "issues": [
              "could not audit the page: Unexpected page that did not hydrate within 3000 ms, expected <html data-has-hydrated="true">",
            ],
            "url": "/never-hydrates",
          },
          {
            "issues": [
              "could not audit the page: Unexpected HTTP status 404, expected 200",
            ],
            "url": "/removed-page",
          },
        ],
        "pages": 6,
        "passed": 3,
      }
    `);
  });
});
