import {existsSync} from 'node:fs';
import path from 'node:path';

/** The HTML file a route was written to, with or without trailing-slash folders. */
export function htmlFileFor(outDir: string, route: string): string | undefined {
  const clean = route.replace(/\/$/, '');
  const candidates = [path.join(outDir, `${clean}.html`), path.join(outDir, clean, 'index.html')];
  return candidates.find((f) => existsSync(f));
}
