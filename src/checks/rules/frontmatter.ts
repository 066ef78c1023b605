import {defineRule} from '../rule';
import type {SiteModel} from '../site-model';

const ownFields = new Set(['owner', 'last_reviewed']);

/** Front matter that breaks the content model, other than owner and review date. */
export const frontmatterSchema = defineRule<SiteModel>(
  {
    id: 'frontmatter/schema',
    description: "Front matter must match the schema of the page's declared kind.",
    rationale: 'Kinds set review intervals and unlock kind-specific fields; a page that breaks its schema cannot be checked for freshness.',
    defaultSeverity: 'error',
  },
  (site, report) => {
    for (const page of site.pages) {
      for (const p of page.validation.problems) {
        if (!ownFields.has(p.field)) report({file: page.file, line: p.line, column: p.column, message: p.message});
      }
    }
  },
);

/** A missing or unknown owner. */
export const frontmatterOwner = defineRule<SiteModel>(
  {
    id: 'frontmatter/owner',
    description: 'Every page names an owner that is a team id in the registry.',
    rationale: 'An unowned page rots: nobody is reminded to review it and readers have nobody to ask.',
    defaultSeverity: 'error',
  },
  (site, report) => {
    for (const page of site.pages) {
      for (const p of page.validation.problems) {
        if (p.field === 'owner') report({file: page.file, line: p.line, column: p.column, message: p.message});
      }
    }
  },
);

/** A missing, malformed or future `last_reviewed`. */
export const frontmatterLastReviewed = defineRule<SiteModel>(
  {
    id: 'frontmatter/last-reviewed',
    description: '`last_reviewed` is a real ISO date that is not in the future.',
    rationale: 'Freshness is computed from this date; a wrong one hides a stale page.',
    defaultSeverity: 'error',
  },
  (site, report) => {
    for (const page of site.pages) {
      for (const p of page.validation.problems) {
        if (p.field === 'last_reviewed') report({file: page.file, line: p.line, column: p.column, message: p.message});
      }
      const reviewed = page.validation.data?.last_reviewed;
      if (reviewed && reviewed > site.today) {
        const pos = page.frontmatter.position('last_reviewed') ?? {line: 1, column: 1};
        report({file: page.file, ...pos, message: `Unexpected future date "${reviewed}" for "last_reviewed", expected ${site.today} or earlier`});
      }
    }
  },
);
