import {readFileSync} from 'node:fs';
import path from 'node:path';
import {errorCatalog} from '../errors';
import {checkParity, emitManifestSchema, formatParity, parityFailed} from '../errors/parity';

export interface ParityIo {
  argv: string[];
  cwd?: string;
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
}

/**
 * `npm run errors:parity -- --manifest <file>`: compares the IDs the CLI emits with the catalog.
 * Exit 0 in parity, 1 on any finding, 2 when the manifest cannot be read.
 */
export function main({argv, cwd = process.cwd(), stdout = console.log, stderr = console.error}: ParityIo): number {
  const at = argv.indexOf('--manifest');
  const file = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--manifest='))?.slice('--manifest='.length);
  if (!file) {
    stderr('Usage: npm run errors:parity -- --manifest <file.json>');
    return 2;
  }
  let manifest;
  try {
    const parsed = emitManifestSchema.safeParse(JSON.parse(readFileSync(path.resolve(cwd, file), 'utf8')));
    if (!parsed.success) {
      const i = parsed.error.issues[0]!;
      stderr(`${file}: field ${i.path.join('.') || '(root)'}: ${i.message}`);
      return 2;
    }
    manifest = parsed.data;
  } catch (error) {
    stderr(`${file}: ${(error as Error).message}`);
    return 2;
  }
  const report = checkParity(manifest, errorCatalog);
  const text = formatParity(report, file);
  if (parityFailed(report)) {
    stderr(text);
    return 1;
  }
  stdout(text);
  return 0;
}

if (require.main === module) process.exit(main({argv: process.argv.slice(2)}));
