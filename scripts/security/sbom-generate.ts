import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {addLockfileHashes, type CdxDocument} from '../../src/security/sbom';

/**
 * The site's own SBOM, made the one way: cyclonedx-npm over the lockfile, production dependencies
 * only, reproducible (no timestamp, no serial number), flattened; then each component's hash from
 * the lockfile's `integrity`. Needs no network: `--package-lock-only` reads package-lock.json.
 */
export const cyclonedxArgs = ['--omit', 'dev', '--package-lock-only', '--flatten-components', '--output-reproducible', '--spec-version', '1.6', '--output-format', 'JSON'];

/** Generates the SBOM of the project at `root` and returns its text, formatted as committed. */
export function generateSbom(root: string): string {
  // The package exports only its index (at the package root), not its bin: find the bin beside it.
  const manifest = require.resolve('@cyclonedx/cyclonedx-npm', {paths: [root]});
  const bin = path.join(path.dirname(manifest), 'bin/cyclonedx-npm-cli.js');
  const dir = mkdtempSync(path.join(tmpdir(), 'ax-sbom-'));
  try {
    const out = path.join(dir, 'sbom.cdx.json');
    const run = spawnSync(process.execPath, [bin, ...cyclonedxArgs, '--output-file', out, '--', path.join(root, 'package.json')], {cwd: root, encoding: 'utf8'});
    if (run.status !== 0) throw new Error(`cyclonedx-npm failed (exit ${run.status}): ${run.stderr.trim().split('\n').slice(-5).join(' ')}`);
    const doc = JSON.parse(readFileSync(out, 'utf8')) as CdxDocument;
    const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {packages?: Record<string, {integrity?: string}>};
    return `${JSON.stringify(addLockfileHashes(doc, lock), null, 2)}\n`;
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}
