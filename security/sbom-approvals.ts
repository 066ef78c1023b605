import type {SbomApproval} from '../src/security/sbom-drift';

/**
 * Approvals for the SBOM drift gate: a production dependency this site adds, or a copyleft
 * licence one brings in, needs an entry here before CI passes. `approvedBy` is the team that
 * reviewed the addition: the docs team, which added these itself; none has had a DevOps review
 * yet, and an entry must not claim one it has not had. Packages already in the committed SBOM
 * (`security/sbom.cdx.json`) were approved by committing it.
 */
export const sbomApprovals: readonly SbomApproval[] = [
  {package: 'pkg:npm/%40duckdb/node-api', reason: 'Computes the marketplace metrics from the telemetry export at build time (issue 14); Node only, never shipped to browsers.', approvedBy: 'docs'},
  {package: 'pkg:npm/%40visx/shape', reason: 'Server-rendered SVG charts of the analytics widgets (issue 14), with @visx/axis, group, pattern, scale and their d3 modules.', approvedBy: 'docs'},
  {package: 'pkg:npm/fflate', reason: 'Packs the template scaffolds into deterministic sample-workspace zips at build time (issue 15).', approvedBy: 'docs'},
  {package: 'pkg:npm/semver', reason: 'Version ranges of the vulnerability matcher (issue 18); already a transitive dependency, now direct.', approvedBy: 'docs'},
  {package: 'pkg:npm/driver.js', reason: 'The guided tour of the site on Start here (issue 16); MIT, loaded only when a reader starts the tour.', approvedBy: 'docs'},
  {package: 'pkg:npm/webvtt-parser', reason: 'Parses and validates the recordings\' WebVTT captions at build time and in the checks (issue 16); CC0, no dependencies, never in the browser bundle.', approvedBy: 'docs'},
];
