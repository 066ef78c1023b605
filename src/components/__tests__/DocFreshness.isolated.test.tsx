import React from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it, vi} from 'vitest';

vi.mock('@docusaurus/Link', () => ({default: ({to, children}: {to: string; children: React.ReactNode}) => <a href={to}>{children}</a>}));
// The doc-checks plugin's global data, as the build writes it from the team registry.
vi.mock('@docusaurus/useGlobalData', async () => {
  const {teams} = await import('../../content-model/registry/teams');
  return {usePluginData: () => ({buildDate: '2026-11-24', teamNames: Object.fromEntries(teams.map((t) => [t.id, t.name]))})};
});
vi.mock('./styles.module.css', () => ({default: {}}));

const {FreshnessLine, OverdueNotice, usePageFreshness} = await import('../DocFreshness');

function Probe({frontMatter}: {frontMatter: object}): React.ReactElement {
  const f = usePageFreshness(frontMatter);
  return f ? (
    <>
      {f.status === 'stale' && <OverdueNotice f={f} />}
      <FreshnessLine f={f} />
    </>
  ) : (
    <p>none</p>
  );
}

const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('reader-facing freshness', () => {
  it('says who owns a fresh page, when it was reviewed and when it is next due', () => {
    const html = renderToStaticMarkup(<Probe frontMatter={{owner: 'cli', kind: 'guide', last_reviewed: '2026-11-18'}} />);
    expect(text(html)).toMatchInlineSnapshot(`"Owned by CLI/TypeScript Squad · reviewed 6 days ago · next review 2027-05-17 (as of the build date, 2026-11-24)"`);
    expect(html).toContain('href="/docs/reference/ownership#team-cli"');
    expect(html).not.toContain('Overdue');
  });

  it('reads a date that YAML turned into a timestamp, and honours review_interval', () => {
    const html = renderToStaticMarkup(<Probe frontMatter={{owner: 'devops', kind: 'runbook', last_reviewed: '2026-11-23T00:00:00.000Z', review_interval: 30}} />);
    expect(text(html)).toContain('reviewed 1 day ago · next review 2026-12-23');
  });

  it('puts a labelled notice, in words, at the top of an overdue page', () => {
    const html = renderToStaticMarkup(<Probe frontMatter={{owner: 'runtime', kind: 'runbook', last_reviewed: '2026-06-01'}} />);
    expect(html.indexOf('aria-label="Review notice"')).toBeGreaterThanOrEqual(0);
    expect(html.indexOf('Overdue for review')).toBeLessThan(html.indexOf('Owned by'));
    expect(text(html)).toMatchInlineSnapshot(`"Overdue for review. This page was last reviewed 176 days ago; its review was due on 2026-08-30, 86 day(s) ago (as of the build date, 2026-11-24). Parts of it may be out of date. The owner is Runtime Squad.Owned by Runtime Squad · reviewed 176 days ago · next review 2026-08-30 (overdue) (as of the build date, 2026-11-24)"`);
  });

  it('renders nothing for a page without review fields', () => {
    expect(renderToStaticMarkup(<Probe frontMatter={{title: 'x'}} />)).toBe('<p>none</p>');
  });
});
