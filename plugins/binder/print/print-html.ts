import {footerText, signoffStatement, type BinderPrintModel, type PrintChapter} from './model';
import {printCss} from './print-css';
import {chapterAnchor, tocEntries, tocHtml, type ChapterPages} from './toc';

/** A chapter's printable content, taken from its built page (see extract-chapters.ts). */
export interface ChapterBody {
  chapter: PrintChapter;
  /** The page's main content, ids prefixed and links rewritten for one combined document. */
  html: string;
}

export interface PrintDocument {
  model: BinderPrintModel;
  chapters: readonly ChapterBody[];
  /** The site's stylesheets, as the built pages link them. */
  stylesheets: readonly string[];
  /** Absent in the measuring pass. */
  pages?: ChapterPages;
}

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The cover: title, as of, the synthetic-data note and where the sign-offs stand. */
export function coverHtml(model: BinderPrintModel): string {
  const rows = model.signoffs.map((s) => `<tr><td>${escapeHtml(s.domain)}</td><td>${escapeHtml(s.signer)}</td><td>${escapeHtml(s.state)}</td></tr>`);
  return [
    '<section class="binder-cover" id="cover" aria-labelledby="cover-title">',
    `<h1 class="binder-cover__title" id="cover-title">${escapeHtml(model.title)}</h1>`,
    '<p class="binder-cover__subtitle">Handoff binder: executive summary, architecture, KPIs, support, operations, training, maintenance, readiness and sign-offs.</p>',
    '<dl>',
    `<dt>Data as of</dt><dd>${escapeHtml(model.asOf)}</dd>`,
    `<dt>Built on</dt><dd>${escapeHtml(model.builtOn)}</dd>`,
    `<dt>Data</dt><dd>${escapeHtml(model.syntheticNote)}</dd>`,
    `<dt>Sign-off</dt><dd>${escapeHtml(signoffStatement(model.signoffs))}</dd>`,
    '</dl>',
    `<table><caption class="binder-caption">Sign-off state per domain</caption><thead><tr><th scope="col">Domain</th><th scope="col">Signer role</th><th scope="col">State</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    '</section>',
  ].join('\n');
}

/** The one HTML document printed as the binder: cover, contents, then every chapter in order. */
export function printDocumentHtml(doc: PrintDocument): string {
  const {model} = doc;
  const footer = footerText(model);
  const chapters = doc.chapters.map(
    (c) => `<section class="binder-chapter" id="${chapterAnchor(c.chapter)}" data-chapter="${escapeHtml(c.chapter.id)}">\n${c.html}\n</section>`,
  );
  return [
    '<!doctype html>',
    '<html lang="en" dir="ltr" data-theme="light">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(model.title)}</title>`,
    ...doc.stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`),
    `<style>${printCss(doc.chapters.map((c) => c.chapter), footer)}</style>`,
    '</head>',
    '<body>',
    '<main class="binder-print">',
    coverHtml(model),
    tocHtml(tocEntries(doc.chapters.map((c) => c.chapter), doc.pages)),
    ...chapters,
    '</main>',
    '</body>',
    '</html>',
  ].join('\n');
}
