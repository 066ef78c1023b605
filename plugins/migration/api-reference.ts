import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import type {MatrixRow} from '../../src/migration-model/types';

/** What the typedoc run needs to know. */
export interface ApiReferenceOptions {
  siteDir: string;
  /** Declaration entry points, relative to the site root. */
  entryPoints: string[];
  /** tsconfig for the declarations, relative to the site root. */
  tsconfig: string;
  /** Output folder, relative to the site root: git-ignored, the folder of the API reference docs instance. */
  out: string;
  /** Matrix rows, for each page's compatibility table. */
  rows: MatrixRow[];
  /** Titles of the guide's steps, by route with anchor. */
  stepTitles: Map<string, string>;
  /** Team that owns the generated pages. */
  owner: string;
  /**
   * Review date of each API version's declaration file (`v1` → YYYY-MM-DD): a page carries the
   * date of the source it is generated from, the index pages the latest of them.
   */
  reviewed: Record<string, string>;
}

/** The typedoc plugins that render Markdown pages for Docusaurus. */
const typedocPlugins = ['typedoc-plugin-markdown', 'typedoc-docusaurus-theme'];

/**
 * Generates the Markdown API reference with typedoc and typedoc-plugin-markdown (docusaurus
 * theme), treating every warning as an error: a broken `{@link}` fails the build. Returns the
 * time it took, in milliseconds.
 */
export async function generateApiReference(o: ApiReferenceOptions): Promise<{ms: number; cached: boolean}> {
  const started = performance.now();
  const out = path.join(o.siteDir, o.out);
  // Unchanged inputs, unchanged pages: repeat builds skip typedoc entirely.
  if (referenceUpToDate(o)) return {ms: performance.now() - started, cached: true};
  const hash = inputsHash(o);
  const stamp = stampFile(o);
  const {Application} = nativeRequire<typeof import('typedoc')>(o.siteDir, 'typedoc');
  rmSync(out, {recursive: true, force: true});
  mkdirSync(out, {recursive: true});
  const app = await Application.bootstrapWithPlugins({
    name: 'Plugin runtime API reference',
    entryPoints: o.entryPoints.map((e) => path.join(o.siteDir, e)),
    tsconfig: path.join(o.siteDir, o.tsconfig),
    plugin: typedocPlugins,
    out,
    readme: 'none',
    logLevel: 'Warn',
    blockTags: ['@since', '@deprecated', '@removed', '@migration', '@surface', '@category', '@module', '@param', '@returns'],
    excludeTags: ['@migration', '@surface'],
    treatWarningsAsErrors: true,
    // The declarations are type-checked by the migration tests; typedoc only documents them.
    skipErrorChecking: true,
    validation: {invalidLink: true, notExported: true, notDocumented: false},
    // Source links would need a hosted git remote; clones and CI have none, and the pages link the declarations' own docs.
    disableSources: true,
    hidePageHeader: true,
    hideBreadcrumbs: true,
  } as Record<string, unknown>);
  // Errors while starting (a theme plugin that is not installed) are logged, not thrown.
  if (app.logger.hasErrors()) {
    throw new Error(`API reference: typedoc could not start (its errors are printed above); expected ${typedocPlugins.join(' and ')} installed (npm ci).`);
  }
  const problems: string[] = [];
  const log = app.logger.log.bind(app.logger);
  app.logger.log = (message, level) => {
    if (level >= 2) problems.push(message);
    log(message, level);
  };
  app.renderer.on('endPage' as never, ((page: {model: {getFullName?(): string; name: string}; contents?: string; url: string}) => {
    page.contents = decorate(page, o);
  }) as never);
  const project = await app.convert();
  if (project) app.validate(project);
  if (!project || problems.length) {
    throw new Error(`API reference: typedoc reported ${problems.length || 'an'} error(s) in ${o.entryPoints.join(', ')}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
  await app.generateOutputs(project);
  if (problems.length) throw new Error(`API reference: typedoc failed to render:\n${problems.join('\n')}`);
  rmSync(path.join(out, 'typedoc-sidebar.cjs'), {force: true});
  writeFileSync(stamp, hash);
  return {ms: performance.now() - started, cached: false};
}

/** Everything the generated pages depend on: declarations, tsconfig, rows, step titles, owner, review dates and this generator. */
const stampName = '.inputs-hash';
const stampFile = (o: ApiReferenceOptions) => path.join(o.siteDir, o.out, stampName);

/** Whether an earlier run left a reference in `out` at all (up to date or not). */
export const referenceGenerated = (siteDir: string, out: string) => existsSync(path.join(siteDir, out, stampName));

/**
 * Whether the pages in `out` were generated from these very inputs. Cheap (a few files hashed):
 * the plugin asks before starting the worker, whose loading of typedoc alone costs seconds.
 */
export function referenceUpToDate(o: ApiReferenceOptions): boolean {
  const stamp = stampFile(o);
  return existsSync(stamp) && readFileSync(stamp, 'utf8') === inputsHash(o);
}

function inputsHash(o: ApiReferenceOptions): string {
  const h = createHash('sha256');
  for (const file of [...o.entryPoints, o.tsconfig]) h.update(readFileSync(path.join(o.siteDir, file)));
  h.update(readFileSync(__filename));
  h.update(JSON.stringify([o.rows, [...o.stepTitles], o.owner, o.reviewed]));
  return h.digest('hex');
}

/**
 * Loads a package with Node's own require (which loads ES modules since Node 20.19). Docusaurus
 * loads plugins through jiti, whose `import()` would transpile all of typedoc on every build
 * (about 15 s of a 20 s run).
 */
function nativeRequire<T>(siteDir: string, specifier: string): T {
  return createRequire(path.join(siteDir, 'package.json'))(specifier) as T;
}

/** Front matter for the docs checks, plus a compatibility table linking each API to its migration step. */
function decorate(page: {model: {getFullName?(): string; name: string}; contents?: string; url: string}, o: ApiReferenceOptions): string {
  const full = page.model.getFullName?.() ?? page.model.name;
  const isIndex = /(^|\/)index\.md$/.test(page.url);
  const rows = isIndex ? [] : o.rows.filter((r) => r.id === full || r.id.startsWith(`${full}.`));
  const moduleIndex = isIndex && /^v\d+$/.test(full);
  const title = moduleIndex ? `${full} plugin runtime API` : isIndex ? 'Plugin runtime API reference' : full;
  const description =
    rows[0]?.summary ||
    (moduleIndex ? `Every declaration of the ${full} plugin runtime API, generated from its typed source.` : isIndex ? 'Every declaration of the v1 and v2 plugin runtime APIs, generated from their typed sources.' : `Reference for ${full}.`);
  const fm = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(description)}`,
    'kind: reference',
    `owner: ${o.owner}`,
    `last_reviewed: ${reviewDate(page.url, o.reviewed)}`,
    '---',
    '',
  ].join('\n');
  let body = page.contents ?? '';
  if (rows.length) body += `\n## Compatibility\n\n${compatibilityList(rows, o.stepTitles)}\n`;
  return fm + body;
}

/** The review date of the declaration a page documents (`v1/interfaces/X.md` → v1's); the latest for the top index. */
function reviewDate(url: string, reviewed: Record<string, string>): string {
  const api = url.split('/')[0] ?? '';
  return reviewed[api] ?? Object.values(reviewed).sort().at(-1) ?? '';
}

/** A list rather than a table: long names would make a table scroll sideways, out of reach of the keyboard. */
function compatibilityList(rows: MatrixRow[], stepTitles: Map<string, string>): string {
  return rows
    .map((r) => {
      const parts = [`since runtime ${r.since}`];
      if (r.deprecated) parts.push(`deprecated in runtime ${r.deprecated} (${r.deprecationDate})`);
      if (r.removed) parts.push(`removed in runtime ${r.removed} (${r.removalDate})`);
      const step = r.migrationHref ? ` Migration step: [${stepTitles.get(r.migrationHref) ?? r.migrationHref}](${r.migrationHref}).` : '';
      return `- \`${r.id}\`: ${parts.join('; ')}.${step}`;
    })
    .join('\n');
}
