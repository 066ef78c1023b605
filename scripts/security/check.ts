import {readFileSync} from 'node:fs';
import path from 'node:path';
import {sbomApprovals} from '../../security/sbom-approvals';
import {formatFinding, type Finding} from '../../src/checks/finding';
import {matchVulnerabilities, openCount} from '../../src/security/match';
import {securityPolicy} from '../../src/security/policy';
import {checkRenovateConfig} from '../../src/security/renovate-config';
import {sbomPackages, type CdxDocument} from '../../src/security/sbom';
import {driftFindings, sbomDrift} from '../../src/security/sbom-drift';
import {validateSbomText} from '../../src/security/sbom-schema';
import {vulnerabilityFindings} from '../../src/security/vulnerability-findings';
import {exitCode, runBin, writeLine, type CliIo} from '../lib/cli';
import {readAdvisories, readExceptions, securityFiles} from './inputs';
import {generateSbom} from './sbom-generate';

const usage = `Usage: npm run security:check -- [--root <dir>] [--now <ISO datetime>] [--advisories <dir>] [--no-fresh-sbom]
Checks renovate.json against the policy, validates the committed SBOM, compares a fresh SBOM with it
(drift), and matches the SBOM against the committed advisories and exceptions. Exit 1 on errors.`;

function option(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** `npm run security:check`: the site practising its own security policy, offline. */
export async function main({argv, cwd, stdout, stderr}: CliIo): Promise<number> {
  if (argv.includes('--help')) return writeLine(stdout, usage), exitCode.clean;
  const root = path.resolve(cwd, option(argv, '--root') ?? '.');
  const now = option(argv, '--now') ?? new Date().toISOString();
  if (Number.isNaN(Date.parse(now))) return writeLine(stderr, `Unexpected --now "${now}", expected an ISO datetime such as 2026-12-01T12:00:00Z`), exitCode.toolFailure;
  const findings: Finding[] = [];

  findings.push(...checkRenovateConfig(readFileSync(path.join(root, securityFiles.renovate), 'utf8'), securityPolicy));

  const sbomText = readFileSync(path.join(root, securityFiles.sbom), 'utf8');
  findings.push(...(await validateSbomText(sbomText, securityFiles.sbom)));
  const committed = sbomPackages(JSON.parse(sbomText) as CdxDocument);
  if (!argv.includes('--no-fresh-sbom')) {
    const fresh = generateSbom(root);
    findings.push(...(await validateSbomText(fresh, `${securityFiles.sbom} (fresh)`)));
    findings.push(...driftFindings(sbomDrift(committed, sbomPackages(JSON.parse(fresh) as CdxDocument)), sbomApprovals, securityPolicy.copyleftLicences, securityFiles.sbom));
  }

  const advisoryDir = option(argv, '--advisories') ?? securityFiles.advisories;
  const {advisories, findings: advisoryProblems, fileOf} = readAdvisories(root, advisoryDir);
  const {exceptions, findings: exceptionProblems} = readExceptions();
  const matches = matchVulnerabilities(committed.map((p) => p.purl), advisories, exceptions, securityPolicy, now);
  findings.push(...advisoryProblems, ...exceptionProblems, ...vulnerabilityFindings(matches, securityPolicy, fileOf));

  for (const f of findings) writeLine(stdout, formatFinding(f));
  const errors = findings.filter((f) => f.severity === 'error').length;
  const critical = openCount(matches, 'critical');
  writeLine(stdout, `${committed.length} packages, ${advisories.length} advisories, ${matches.length} match(es), ${matches.filter((m) => m.status === 'excepted').length} excepted; open critical: ${critical}. ${errors} error(s), ${findings.length - errors} warning(s)`);
  return errors ? exitCode.findings : exitCode.clean;
}

if (require.main === module) runBin(main);
