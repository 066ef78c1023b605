import path from 'node:path';

/**
 * The webpack request for a file the build wrote under the site folder (a `createData` result):
 * `@site/<path from the site folder>`. `createData` returns an absolute path, and a route module
 * named by it puts the checkout's own folder into the main bundle and into the chunk names, so
 * two checkouts of one commit would publish different files and different `SHA256SUMS`.
 */
export function siteModule(siteDir: string, file: string): string {
  const relative = path.relative(siteDir, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new Error(`Unexpected module "${file}" outside the site folder, expected a file under "${siteDir}"`);
  }
  return `@site/${relative.split(path.sep).join('/')}`;
}
