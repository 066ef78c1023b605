import {spawn} from 'node:child_process';
import {copyFile, mkdir, readFile, rm, symlink, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {promisify} from 'node:util';
import zlib from 'node:zlib';

const gzip = promisify(zlib.gzip);

/**
 * Our docs the plain site is made from: the doc-page kind's page and two pages of plain prose
 * (no MDX expressions, which would need our modules), so both sites render the same prose. MDX
 * imports of our components are dropped (the plain site has none).
 */
export const plainDocs = ['start-here/index.mdx', 'guides/plugin-templates.md', 'tutorials/first-plugin.md'] as const;

/** Drops what only our site can render: component imports and self-closing component tags on a line of their own. */
export function plainMarkdown(source: string): string {
  return source
    .split('\n')
    .filter((line) => !/^import\s.+\sfrom\s['"].+['"];?\s*$/.test(line) && !/^\s*<[A-Z][\w.]*(\s[^>]*)?\/>\s*$/.test(line))
    .join('\n');
}

/** Runs `docusaurus build` on a site folder; rejects with the tail of its output when it fails. */
export function buildSite(cwd: string, siteDir: string, outDir: string): Promise<void> {
  const bin = path.join(cwd, 'node_modules/.bin/docusaurus');
  return new Promise((resolve, reject) => {
    const child = spawn(bin, ['build', siteDir, '--out-dir', outDir], {cwd, env: {...process.env, NODE_ENV: 'production'}, stdio: ['ignore', 'pipe', 'pipe']});
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`docusaurus build ${path.relative(cwd, siteDir) || '.'} exited ${code}; its last output:\n${output}`)),
    );
  });
}

/**
 * Makes the peer site in `work`: stock Docusaurus classic with Faster (the same config as the
 * build bench), a one-paragraph home page and our docs listed in `plainDocs`, and builds it.
 * node_modules is linked so the temp folder resolves the repository's Docusaurus.
 */
export async function makePlainSite(cwd: string, work: string): Promise<string> {
  const site = path.join(work, 'plain-site');
  const out = path.join(work, 'plain-build');
  await rm(site, {recursive: true, force: true});
  await rm(out, {recursive: true, force: true});
  await mkdir(path.join(site, 'src/pages'), {recursive: true});
  await symlink(path.join(cwd, 'node_modules'), path.join(site, 'node_modules'));
  await copyFile(path.join(cwd, 'scripts/bench/plain.config.ts'), path.join(site, 'docusaurus.config.ts'));
  await writeFile(path.join(site, 'src/pages/index.md'), '# Plain Docusaurus\n\nThe peer site for the Lighthouse benchmark: stock classic theme, three of our docs.\n');
  for (const doc of plainDocs) {
    const target = path.join(site, 'docs', doc);
    await mkdir(path.dirname(target), {recursive: true});
    await writeFile(target, plainMarkdown(await readFile(path.join(cwd, 'docs', doc), 'utf8')));
  }
  await buildSite(cwd, site, out);
  return out;
}

/** The chunks every page loads first: the webpack runtime and the main bundle, as the home page names them. */
export function mainScripts(html: string): string[] {
  const found = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]*\/(?:runtime~main|main)\.[0-9a-f]+\.js)/g)].map((m) => m[1]!);
  return [...new Set(found)];
}

/** Gzipped bytes (level 9, as a CDN precompresses) of the main and runtime chunks the built home page loads. */
export async function mainBundleBytes(outDir: string): Promise<number> {
  const home = path.join(outDir, 'index.html');
  const scripts = mainScripts(await readFile(home, 'utf8'));
  if (!scripts.some((s) => /\/main\.[0-9a-f]+\.js$/.test(s))) {
    throw new Error(`Unexpected home page without a main bundle in ${home}, expected <script src=…/main.<hash>.js>`);
  }
  let total = 0;
  for (const src of scripts) total += (await gzip(await readFile(path.join(outDir, src.replace(/^\//, ''))), {level: 9})).length;
  return total;
}
