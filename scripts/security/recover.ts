import {copyFileSync, existsSync, mkdirSync, readFileSync, rmSync} from 'node:fs';
import path from 'node:path';
import {checkSums, parseSums, signatureFile, sumsFile, verifySums} from '../../src/security/checksums';
import {exitCode, runBin, writeLine, type CliIo} from '../lib/cli';

const usage = `Usage: npm run security:recover -- <target dir> --from <known-good build dir> [--public-key <pem file>]
Restores a known-good build after a failed or tampered pipeline run: checks the known-good copy
against its SHA256SUMS (and signature, when a public key is given or in AX_SIGNING_PUBLIC_KEY),
then makes the target match it file by file, and checks the target again.`;

function option(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** `npm run security:recover`: the target made equal to a verified known-good build. Exit 0 restored, 1 refused, 2 usage. */
export async function main({argv, cwd, env, stdout, stderr}: CliIo): Promise<number> {
  if (argv.includes('--help')) return writeLine(stdout, usage), exitCode.clean;
  const fromArg = option(argv, '--from');
  const keyArg = option(argv, '--public-key');
  const targetArg = argv.find((a, i) => !a.startsWith('-') && !['--from', '--public-key'].includes(argv[i - 1] ?? ''));
  if (!fromArg || !targetArg) return writeLine(stderr, usage), exitCode.toolFailure;
  const from = path.resolve(cwd, fromArg);
  const target = path.resolve(cwd, targetArg);
  if (!existsSync(path.join(from, sumsFile))) return writeLine(stderr, `Unexpected known-good folder without ${sumsFile}: ${from}, expected a sealed build`), exitCode.toolFailure;

  const text = readFileSync(path.join(from, sumsFile), 'utf8');
  const sums = parseSums(text);
  const source = checkSums(from, sums);
  if (source.missing.length || source.changed.length) {
    writeLine(stdout, `Refused: the known-good build does not match its own ${sumsFile} (${source.missing.length} missing, ${source.changed.length} changed, e.g. ${[...source.missing, ...source.changed][0]})`);
    return exitCode.findings;
  }
  const publicKey = keyArg ? readFileSync(path.resolve(cwd, keyArg), 'utf8') : env.AX_SIGNING_PUBLIC_KEY;
  if (publicKey) {
    const sigPath = path.join(from, signatureFile);
    if (!existsSync(sigPath) || !verifySums(text, readFileSync(sigPath, 'utf8'), publicKey)) {
      writeLine(stdout, `Refused: the known-good ${sumsFile} has no valid signature for the given public key`);
      return exitCode.findings;
    }
  }

  mkdirSync(target, {recursive: true});
  const before = checkSums(target, sums);
  for (const f of [...before.missing, ...before.changed]) {
    mkdirSync(path.dirname(path.join(target, f)), {recursive: true});
    copyFileSync(path.join(from, f), path.join(target, f));
  }
  for (const f of before.extra) rmSync(path.join(target, f));
  for (const f of [sumsFile, signatureFile]) {
    if (existsSync(path.join(from, f))) copyFileSync(path.join(from, f), path.join(target, f));
    else rmSync(path.join(target, f), {force: true});
  }
  const after = checkSums(target, sums);
  const ok = !after.missing.length && !after.changed.length && !after.extra.length;
  writeLine(stdout, `${ok ? 'Restored' : 'Could not restore'} ${target}: ${before.missing.length} missing and ${before.changed.length} changed file(s) copied, ${before.extra.length} unlisted file(s) removed; ${sums.size} files now match ${sumsFile}.`);
  return ok ? exitCode.clean : exitCode.findings;
}

if (require.main === module) runBin(main);
