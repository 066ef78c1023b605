import {spawnSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {sbomPackages, type CdxDocument} from '../../src/security/sbom';
import {driftClassLabels, sbomDrift} from '../../src/security/sbom-drift';
import {securityPolicy} from '../../src/security/policy';
import {versionsBehind} from '../../src/security/freshness';
import {exitCode, runBin, writeLine, type CliIo} from '../lib/cli';
import {securityFiles} from './inputs';
import {generateSbom} from './sbom-generate';

const usage = `Usage: npm run security:refresh [-- --root <dir>]
Regenerates security/sbom.cdx.json from the lockfile and prints what changed, by drift class, so the
change can be reviewed and committed; then asks the registry (npm outdated) for newer releases and
writes the site's update plan, security/update-plan.json, with the policy's risk label per update. For a connected CI: run npm install first, then this, then
npm run security:check. Never called by tests. The platform snapshots (security/snapshots/) are
written by the platform's own scanners, not by this script.`;

/** `npm run security:refresh`: the committed SBOM brought up to date with the lockfile. */
export async function main({argv, cwd, stdout}: CliIo): Promise<number> {
  if (argv.includes('--help')) return writeLine(stdout, usage), exitCode.clean;
  const i = argv.indexOf('--root');
  const root = path.resolve(cwd, i >= 0 ? (argv[i + 1] ?? '.') : '.');
  const file = path.join(root, securityFiles.sbom);
  const before = sbomPackages(JSON.parse(readFileSync(file, 'utf8')) as CdxDocument);
  const fresh = generateSbom(root);
  writeFileSync(file, fresh);
  const changes = sbomDrift(before, sbomPackages(JSON.parse(fresh) as CdxDocument));
  for (const c of changes) writeLine(stdout, `${driftClassLabels[c.class]}: ${c.name} ${c.from ?? ''}${c.to && c.to !== c.from ? ` → ${c.to}` : ''}`.trimEnd());
  writeLine(stdout, `${securityFiles.sbom}: ${changes.length} change(s). Review them, add approvals to security/sbom-approvals.ts for additions, and commit.`);
  // npm outdated exits 1 when anything is outdated; only unreadable output is a failure.
  const outdated = spawnSync('npm', ['outdated', '--json'], {cwd: root, encoding: 'utf8'});
  let plan: unknown[];
  try {
    const entries = Object.entries(JSON.parse(outdated.stdout || '{}') as Record<string, {current?: string; latest: string}>);
    plan = entries.filter(([, v]) => v.current).map(([name, v]) => {
      const b = versionsBehind(v.current!, v.latest, 'npm');
      const updateType = b.major ? 'major' : b.minor ? 'minor' : 'patch';
      return {package: name, from: v.current, to: v.latest, updateType, label: securityPolicy.riskLabels.find((r) => r.updateType === updateType)!.label};
    });
  } catch {
    writeLine(stdout, `npm outdated gave no readable answer (no registry?): update plan not written. ${outdated.stderr.trim().split('\n')[0] ?? ''}`);
    return exitCode.toolFailure;
  }
  writeFileSync(path.join(root, 'security/update-plan.json'), `${JSON.stringify({source: 'npm outdated', tool: `npm ${spawnSync('npm', ['--version'], {encoding: 'utf8'}).stdout.trim()}`, plan}, null, 2)}\n`);
  writeLine(stdout, `security/update-plan.json: ${plan.length} update(s).`);
  return exitCode.clean;
}

if (require.main === module) runBin(main);
