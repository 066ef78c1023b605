import {readFileSync} from 'node:fs';
import path from 'node:path';
import {errorCatalog} from '../src/error-catalog';
import {zodProblems} from '../src/checks/zod-finding';
import {checkParity, emitManifestSchema, formatParity, parityFailed, type EmitManifest} from '../src/error-catalog/parity';
import {runBin, writeLine, type CliIo} from './lib/cli';

const usage = 'Usage: npm run errors:parity -- --manifest <file.json>';

/** Reads and validates the manifest, or says why not: file, field and problem. */
function readManifest(cwd: string, file: string): {manifest: EmitManifest} | {problem: string} {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path.resolve(cwd, file), 'utf8'));
  } catch (error) {
    return {problem: `${file}: ${(error as Error).message}`};
  }
  const parsed = emitManifestSchema.safeParse(json, {reportInput: true});
  if (parsed.success) return {manifest: parsed.data};
  return {problem: zodProblems(parsed.error).map((p) => `${file}: ${p.message}`).join('\n')};
}

/**
 * `npm run errors:parity -- --manifest <file>`: compares the IDs the CLI emits with the catalog.
 * Exit 0 in parity, 1 on any finding, 2 when the manifest cannot be read.
 */
export async function main({argv, cwd, stdout, stderr}: CliIo): Promise<number> {
  const at = argv.indexOf('--manifest');
  const file = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--manifest='))?.slice('--manifest='.length);
  if (!file) {
    writeLine(stderr, usage);
    return 2;
  }
  const read = readManifest(cwd, file);
  if ('problem' in read) {
    writeLine(stderr, read.problem);
    return 2;
  }
  const report = checkParity(read.manifest, errorCatalog);
  const text = formatParity(report, file);
  if (parityFailed(report)) {
    writeLine(stderr, text);
    return 1;
  }
  writeLine(stdout, text);
  return 0;
}

if (require.main === module) runBin(main);
