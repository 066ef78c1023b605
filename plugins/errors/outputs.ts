import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {catalogJsonSchemaDocument, toCatalogJson} from '../../src/error-catalog/catalog-json';
import {generatedFiles, routes} from '../../src/routes/table';

/** Writes `catalog.json` and `catalog.schema.json` into the built errors folder. */
export async function writeCatalogFiles(dir: string, siteUrl: string): Promise<void> {
  await mkdir(dir, {recursive: true});
  await writeFile(path.join(dir, path.basename(generatedFiles.catalogJson)), `${JSON.stringify(toCatalogJson(siteUrl), null, 2)}\n`);
  await writeFile(path.join(dir, path.basename(generatedFiles.catalogSchema)), `${JSON.stringify(catalogJsonSchemaDocument(siteUrl), null, 2)}\n`);
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A static page that forwards to `target`, keeping the query and hash, with a link for no-JS readers. */
export function redirectHtml(from: string, target: string, siteUrl: string): string {
  const t = escapeHtml(target);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(from)}: redirecting to ${t}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(siteUrl.replace(/\/$/, ''))}${t}">
<script>location.replace(${JSON.stringify(target)} + location.search + location.hash);</script>
<noscript><meta http-equiv="refresh" content="0; url=${t}"></noscript>
</head>
<body>
<main><h1>${escapeHtml(from)}</h1><p>This error has moved to <a href="${t}">${t}</a>.</p></main>
</body>
</html>
`;
}

/** Writes one forwarding file per lower-case spelling: `ax1042.html` forwards to `/errors/AX1042`. */
export async function writeRedirectFiles(dir: string, siteUrl: string, redirects: ReadonlyArray<{from: string; to: string}>): Promise<void> {
  await mkdir(dir, {recursive: true});
  for (const r of redirects) await writeFile(path.join(dir, `${r.from}.html`), redirectHtml(r.from, routes.error(r.to), siteUrl));
}
