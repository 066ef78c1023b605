import picomatch from 'picomatch';
import {dueSoonShare, freshness} from '../freshness';
import {defineRule} from '../rule';
import {siteGit, type Page, type SiteModel} from '../site-model';

function reviewed(page: Page) {
  const data = page.validation.data;
  return data ? {data, at: page.frontmatter.position('last_reviewed') ?? {line: 1, column: 1}} : undefined;
}

/** Past the review interval of the page's kind. */
export const freshnessStale = defineRule<SiteModel>(
  {
    id: 'freshness/stale',
    description: "A page is past the review interval of its kind (or its own `review_interval`).",
    rationale: 'Like a g3doc freshness block or an expired Guru card: a page nobody has confirmed for a whole interval can no longer be trusted.',
    defaultSeverity: 'error',
  },
  (site, report) => {
    for (const page of site.pages) {
      const r = reviewed(page);
      if (!r || r.data.last_reviewed > site.today) continue;
      const f = freshness(r.data.last_reviewed, r.data.kind, site.today, r.data.review_interval);
      if (f.status !== 'stale') continue;
      report({
        file: page.file,
        ...r.at,
        message: `Unexpected stale page: reviewed ${f.ageDays} days ago, ${-f.daysUntilDue} day(s) past its ${f.intervalDays}-day ${r.data.kind} interval (due ${f.dueDate}), expected a review by the owner "${r.data.owner}"`,
      });
    }
  },
);

/** Inside the last share of the interval that counts as due soon. */
export const freshnessDueSoon = defineRule<SiteModel>(
  {
    id: 'freshness/due-soon',
    description: `A page is in the last ${dueSoonShare * 100}% of its review interval.`,
    rationale: 'A warning before the deadline lets owners plan the review instead of fixing a red build.',
    defaultSeverity: 'warn',
  },
  (site, report) => {
    for (const page of site.pages) {
      const r = reviewed(page);
      if (!r || r.data.last_reviewed > site.today) continue;
      const f = freshness(r.data.last_reviewed, r.data.kind, site.today, r.data.review_interval);
      if (f.status !== 'due-soon') continue;
      report({
        file: page.file,
        ...r.at,
        message: `Unexpected review due in ${f.daysUntilDue} day(s) (on ${f.dueDate}, ${f.intervalDays}-day ${r.data.kind} interval), expected "${r.data.owner}" to review the page before then`,
      });
    }
  },
);

/** A covered source changed after the last review. */
export const freshnessDrift = defineRule<SiteModel>(
  {
    id: 'freshness/drift',
    description: 'A file matched by the page\'s `covers` globs changed in git after the page\'s `last_reviewed` date.',
    rationale: 'As in Swimm: a doc goes stale the day the code it describes changes, not when a timer runs out.',
    defaultSeverity: 'error',
  },
  async (site, report) => {
    const covering = site.pages.filter((p) => p.validation.data?.covers?.length);
    if (!covering.length) return;
    const git = await siteGit(site);
    if (!git.available) {
      for (const page of covering) {
        report({
          file: page.file,
          ...(page.frontmatter.position('covers') ?? {line: 1, column: 1}),
          severity: 'warn',
          message: `Unexpected missing git history (${git.reason}), expected it to compare "covers" with last_reviewed; drift was not checked`,
        });
      }
      return;
    }
    const changes = [...git.lastChanged];
    // Pages share glob sets; match each set against the history once, newest change first.
    const matchedBySet = new Map<string, [string, string][]>();
    for (const page of covering) {
      const {covers, last_reviewed: since} = page.validation.data!;
      const key = covers!.join('\0');
      let matched = matchedBySet.get(key);
      if (!matched) {
        const isMatch = picomatch(covers!, {dot: true});
        matched = changes.filter(([file]) => isMatch(file)).sort((a, b) => b[1].localeCompare(a[1]) || a[0].localeCompare(b[0]));
        matchedBySet.set(key, matched);
      }
      const drifted = matched.filter(([, date]) => date > since);
      if (!drifted.length) continue;
      const [file, date] = drifted[0]!;
      const more = drifted.length > 1 ? ` and ${drifted.length - 1} more file(s)` : '';
      report({
        file: page.file,
        ...(page.frontmatter.position('covers') ?? {line: 1, column: 1}),
        message: `Unexpected change to covered "${file}" on ${date}${more} after last_reviewed ${since}, expected a review of the page against the change`,
      });
    }
  },
);
