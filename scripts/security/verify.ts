import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {checkSums, keyFingerprint, parseSums, signatureFile, sumsFile, verifySums} from '../../src/security/checksums';
import {exitCode, runBin, writeLine, type CliIo} from '../lib/cli';

const usage = `Usage: npm run verify -- <build dir> [--public-key <pem file>] [--allow-unsigned]
Checks every file against SHA256SUMS and the Ed25519 signature in SHA256SUMS.sig. The public key comes
from --public-key, else AX_SIGNING_PUBLIC_KEY (PEM), else the public half of AX_SIGNING_KEY.
Exit 0 verified, 1 a file or the signature does not match (or unsigned without --allow-unsigned), 2 usage.`;

function option(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** `npm run verify -- <dir>`: a built site against its SHA256SUMS and signature. */
export async function main({argv, cwd, env, stdout, stderr}: CliIo): Promise<number> {
  if (argv.includes('--help')) return writeLine(stdout, usage), exitCode.clean;
  const keyArg = option(argv, '--public-key');
  const dirArg = argv.find((a, i) => !a.startsWith('-') && argv[i - 1] !== '--public-key');
  if (!dirArg) return writeLine(stderr, usage), exitCode.toolFailure;
  const dir = path.resolve(cwd, dirArg);
  const sumsPath = path.join(dir, sumsFile);
  if (!existsSync(sumsPath)) return writeLine(stderr, `Unexpected build folder without ${sumsFile}: ${dir}, expected a sealed build (npm run build seals it)`), exitCode.findings;
  const text = readFileSync(sumsPath, 'utf8');
  let sums: Map<string, string>;
  try {
    sums = parseSums(text);
  } catch (error) {
    return writeLine(stdout, (error as Error).message), exitCode.findings;
  }
  const result = checkSums(dir, sums);
  const problems = [...result.missing.map((f) => `missing: ${f}`), ...result.changed.map((f) => `changed: ${f}`), ...result.extra.map((f) => `not in ${sumsFile}: ${f}`)];
  for (const p of problems) writeLine(stdout, p);

  const sigPath = path.join(dir, signatureFile);
  const publicKey = keyArg ? readFileSync(path.resolve(cwd, keyArg), 'utf8') : (env.AX_SIGNING_PUBLIC_KEY ?? env.AX_SIGNING_KEY);
  let signature: string;
  let signed = false;
  if (!existsSync(sigPath)) signature = `UNSIGNED: no ${signatureFile}`;
  else if (!publicKey) signature = `signature present but not checked: no public key given (--public-key or AX_SIGNING_PUBLIC_KEY)`;
  else if (verifySums(text, readFileSync(sigPath, 'utf8'), publicKey)) (signature = `signature valid (Ed25519, key ${keyFingerprint(publicKey).slice(0, 16)}…)`), (signed = true);
  else (signature = `signature INVALID for key ${keyFingerprint(publicKey).slice(0, 16)}…`), problems.push('signature');
  writeLine(stdout, `${sums.size} files listed: ${result.missing.length} missing, ${result.changed.length} changed, ${result.extra.length} unlisted; ${signature}`);
  if (problems.length) return exitCode.findings;
  return signed || argv.includes('--allow-unsigned') ? exitCode.clean : exitCode.findings;
}

if (require.main === module) runBin(main);
