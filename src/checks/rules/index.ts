import {registerComponentAnchors} from '../component-anchors';
import type {Rule} from '../rule';
import type {SiteModel} from '../site-model';
import {slugify} from '../slug';
import {axCommands} from './ax-commands';
import {binderSignoffRule} from './binder';
import {catalogRules} from './catalog';
import {routesDuplicate} from './duplicates';
import {frontmatterLastReviewed, frontmatterOwner, frontmatterSchema} from './frontmatter';
import {freshnessDrift, freshnessDueSoon, freshnessStale} from './freshness';
import {labRules} from './labs';
import {linksAnchor, linksBroken} from './links';
import {migrationRules} from './migration';
import {permalinksMissing} from './permalinks';
import {recordingRules} from './recordings';
import {redirectsChain, redirectsLoop, redirectsTarget} from './redirects';
import {runbookRules} from './runbook-rules';
import {templateRules} from './templates';

/** Every rule, in the order they run. The rules page on the site is generated from this list. */
export const allRules: readonly Rule<SiteModel>[] = [
  frontmatterSchema,
  frontmatterOwner,
  frontmatterLastReviewed,
  freshnessStale,
  freshnessDueSoon,
  freshnessDrift,
  linksBroken,
  linksAnchor,
  routesDuplicate,
  redirectsTarget,
  redirectsLoop,
  redirectsChain,
  permalinksMissing,
  axCommands,
  ...runbookRules,
  ...catalogRules,
  ...migrationRules,
  ...templateRules,
  ...labRules,
  ...recordingRules,
  binderSignoffRule,
];

// The rules page renders one heading per rule (`RuleList`). Registered here, where the list
// is, because the outline that reads component anchors sits below the rules.
registerComponentAnchors('RuleList', () => allRules.map((r) => slugify(r.meta.id.replace(/[^a-z0-9]+/gi, '-'))));
