import path from 'node:path';
import {glob} from 'tinyglobby';
import {docsInstances, normalizeRoute} from '../routes/table';

export {normalizeRoute};

/** URL base of each content folder: one Docusaurus docs instance each. */
export const contentRouteBases: Readonly<Record<string, string>> = Object.fromEntries(Object.values(docsInstances).map((i) => [i.folder, i.base]));

const foldersLongestFirst = Object.keys(contentRouteBases).sort((a, b) => b.length - a.length);

/** The content folder a file is in, or undefined. */
function contentFolderOf(file: string): string | undefined {
  return foldersLongestFirst.find((f) => file.startsWith(`${f}/`));
}

/** Where a content file lands: its docs instance, doc id and URL. */
export interface DocRoute {
  /** Content folder, i.e. the docs instance. */
  instance: string;
  /** Docusaurus doc id within the instance. */
  id: string;
  /** URL path, without trailing slash. */
  route: string;
}

const numberPrefix = /^\d+[-_.]\s*/;
const strip = (segment: string) => (segment.charCodeAt(0) <= 57 ? segment.replace(numberPrefix, '') : segment);


/** The route of a content file, following Docusaurus's rules for ids, slugs and category indexes. */
export function docRoute(file: string, fields: {id?: unknown; slug?: unknown}): DocRoute | undefined {
  // The longest content folder that holds the file: a folder may have several segments (`.generated/api-reference`).
  const instance = contentFolderOf(file);
  if (instance === undefined) return undefined;
  const base = contentRouteBases[instance]!;
  const rest = file.slice(instance.length + 1).split('/');
  const fileName = strip(rest.pop()!.replace(/\.mdx?$/, ''));
  const dirs = rest.map(strip);
  const dir = dirs.join('/');
  const baseId = typeof fields.id === 'string' ? fields.id : fileName;
  const id = dir ? `${dir}/${baseId}` : baseId;
  const prefix = dir ? `${base}/${dir}` : base;
  let route: string;
  if (typeof fields.slug === 'string') {
    route = fields.slug.startsWith('/') ? `${base}${fields.slug}` : path.posix.join(prefix, fields.slug);
  } else {
    const isIndex = /^(index|readme)$/i.test(fileName) || (dirs.length > 0 && fileName.toLowerCase() === dirs.at(-1)!.toLowerCase());
    // Plain ids need no path resolution; ids with dots or slashes go through join.
    route = isIndex ? prefix : /[./]/.test(baseId) ? path.posix.join(prefix, baseId) : `${prefix}/${baseId}`;
  }
  return {instance, id, route: normalizeRoute(route)};
}

/** Routes of `src/pages`: `index` files map to their folder. */
export async function listPageRoutes(root: string): Promise<{file: string; route: string}[]> {
  const files = await glob('src/pages/**/*.{tsx,jsx,ts,js,md,mdx}', {
    cwd: root,
    ignore: ['**/_*', '**/_*/**', '**/__tests__/**', '**/*.test.*', '**/*.d.ts'],
  });
  return files.sort().map((file) => {
    const rel = file.slice('src/pages/'.length).replace(/\.(tsx|jsx|ts|js|mdx?)$/, '');
    return {file, route: normalizeRoute(`/${rel.replace(/(^|\/)index$/, '')}`)};
  });
}

/** Files in `static/`, which are served at the site root. */
export async function listStaticRoutes(root: string): Promise<string[]> {
  const files = await glob('static/**/*', {cwd: root});
  return files.map((f) => f.slice('static'.length));
}
