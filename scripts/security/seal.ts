import {existsSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {keyFingerprint, sha256Sums, signatureFile, signSums, sumsFile} from '../../src/security/checksums';
import {exitCode, runBin, writeLine, type CliIo} from '../lib/cli';

const usage = 'Usage: npm run security:seal -- [<build dir>]  (default build)\nWrites SHA256SUMS of every file, and SHA256SUMS.sig when AX_SIGNING_KEY holds an Ed25519 private key (PEM).';

/**
 * Seals a built site: `SHA256SUMS` of every published file and, with a key in `AX_SIGNING_KEY`,
 * its Ed25519 signature. Runs after `docusaurus build` (the `build` script) rather than in a
 * plugin's postBuild, because Docusaurus runs every plugin's postBuild at once and the sums must
 * include what the others write (sitemap, reports, redirects). Without a key it writes the sums,
 * removes any stale signature and says the build is unsigned.
 */
export async function main({argv, cwd, env, stdout, stderr}: CliIo): Promise<number> {
  if (argv.includes('--help')) return writeLine(stdout, usage), exitCode.clean;
  const dir = path.resolve(cwd, argv.find((a) => !a.startsWith('-')) ?? 'build');
  if (!existsSync(dir)) return writeLine(stderr, `Unexpected build folder ${dir} that does not exist, expected a built site (run docusaurus build first)`), exitCode.toolFailure;
  const sums = sha256Sums(dir);
  writeFileSync(path.join(dir, sumsFile), sums);
  const key = env.AX_SIGNING_KEY?.trim();
  if (!key) {
    rmSync(path.join(dir, signatureFile), {force: true});
    writeLine(stdout, `${sumsFile}: ${sums.split('\n').length - 1} files. UNSIGNED: AX_SIGNING_KEY is not set, so no ${signatureFile} was written.`);
    return exitCode.clean;
  }
  writeFileSync(path.join(dir, signatureFile), signSums(sums, key));
  writeLine(stdout, `${sumsFile}: ${sums.split('\n').length - 1} files, signed (Ed25519, key ${keyFingerprint(key).slice(0, 16)}…) in ${signatureFile}.`);
  return exitCode.clean;
}

if (require.main === module) runBin(main);
