import type {PrintChapter} from './model';

/** A locally installed font for every glyph of the binder: no web font, nothing fetched. */
export const printFont = "'DejaVu Sans', 'Liberation Sans', sans-serif";

const cssString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * Print styles of the binder. Every chapter is a named page whose top margin box carries its
 * title (Chromium draws margin boxes but has no `string-set`, so named pages are how a running
 * header changes per chapter); the bottom margin boxes say "Page X of Y" and that the data is
 * synthetic. The cover prints neither.
 */
export function printCss(chapters: readonly PrintChapter[], footer: string): string {
  const margin = `font: 8.5pt ${printFont}; color: #444;`;
  const named = chapters.map((c) => `@page chapter-${c.id} { @top-center { content: ${cssString(c.title)}; ${margin} } }\n.binder-chapter[data-chapter="${c.id}"] { page: chapter-${c.id}; }`);
  return `
@page { size: A4; margin: 20mm 16mm 20mm 16mm;
  @bottom-left { content: ${cssString(footer)}; ${margin} }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${margin} } }
@page cover { @bottom-left { content: none; } @bottom-right { content: none; } }
${named.join('\n')}
:root { --ifm-font-family-base: ${printFont}; --ifm-heading-font-family: ${printFont}; --ifm-font-family-monospace: 'DejaVu Sans Mono', 'Liberation Mono', monospace; --ifm-font-size-base: 10pt; }
/* No ligatures: text copied or read out of the PDF keeps "ff" and "fi" as letters. */
html, body { background: #fff; color: #111; font-family: ${printFont}; font-variant-ligatures: none; font-feature-settings: "liga" 0, "clig" 0; }
body { margin: 0; }
a { color: #0b4f8a; }
.binder-cover { page: cover; display: flex; flex-direction: column; justify-content: center; min-height: 240mm; }
.binder-cover__title { font-size: 28pt; font-weight: 700; margin: 0 0 4mm; line-height: 1.15; }
.binder-cover__subtitle { font-size: 13pt; margin: 0 0 10mm; }
.binder-cover dl { display: grid; grid-template-columns: max-content 1fr; gap: 2mm 6mm; margin: 0 0 8mm; }
.binder-cover dt { font-weight: 700; }
.binder-cover dd { margin: 0; }
.binder-cover table, .binder-chapter table { border-collapse: collapse; font-size: 9pt; display: table; width: 100%; }
.binder-cover th, .binder-cover td { border: 0.5pt solid #888; padding: 1.5mm 2mm; text-align: left; }
.binder-toc { break-before: page; }
.binder-toc ol { list-style: none; padding: 0; margin: 6mm 0 0; }
.binder-toc li { margin: 0 0 2.5mm; }
.binder-toc a { display: flex; align-items: baseline; color: inherit; text-decoration: none; }
.binder-toc__dots { flex: 1; border-bottom: 0.5pt dotted #888; margin: 0 2mm; }
.binder-toc__page { display: inline-block; width: 3em; text-align: right; font-variant-numeric: tabular-nums; }
.binder-chapter { break-before: page; }
.binder-chapter h1 { font-size: 20pt; }
.binder-chapter h2, .binder-chapter h3 { break-after: avoid; }
.binder-chapter tr, .binder-chapter figure, .binder-chapter pre { break-inside: avoid; }
.binder-chapter pre, .binder-chapter code { white-space: pre-wrap; word-break: break-word; }
.binder-chapter img, .binder-chapter svg { max-width: 100%; height: auto; }
`;
}
