import {readFile} from 'node:fs/promises';
import type {Page} from 'playwright-core';
import {htmlFileFor} from '../../shared/built-html';
import type {PrintChapter} from './model';
import type {ChapterBody} from './print-html';

/** One built chapter page as the browser receives it: its HTML and the URL it is served at. */
interface BuiltChapter {
  chapter: {id: string; title: string};
  html: string;
  /** The page's URL on the print server: relative links and images resolve against it. */
  url: string;
}

/** What the browser hands back for one built page. */
interface Extracted {
  html: string;
  stylesheets: string[];
}

interface ExtractArgs {
  pages: BuiltChapter[];
  /** Chapter id by route path (baseUrl included, no trailing slash). */
  chapterByPath: Record<string, string>;
  /** Public origin and base of the site, for links to pages outside the binder. */
  publicBase: string;
}

/**
 * Runs in the browser: parses each built page (no layout, no styles, no scripts), takes its main
 * content, drops the site's chrome (breadcrumbs, pagers, edit links, buttons), prefixes every id
 * with the chapter's, and points links to other chapters at their sections in the combined
 * document; links elsewhere go to the public site.
 */
function extractInBrowser({pages, chapterByPath, publicBase}: ExtractArgs): Extracted[] {
  const parser = new DOMParser();
  return pages.map(({chapter, html, url: pageUrl}) => {
    const doc = parser.parseFromString(html, 'text/html');
    const resolve = (href: string) => new URL(href, pageUrl);
    const main = doc.querySelector('main');
    const root = main?.querySelector('article') ?? main;
    if (!main || !root) throw new Error(`Unexpected page without a <main> at ${resolve(pageUrl).pathname}, expected a built binder page`);
    const omit = ['script', 'noscript', 'button', '.hash-link', '.theme-doc-breadcrumbs', 'nav[aria-label="Breadcrumbs"]', '.theme-doc-footer', '.pagination-nav', '.theme-doc-toc-mobile', '.ax-feedback', 'form', '[data-binder-print="omit"]'];
    root.querySelectorAll(omit.join(',')).forEach((el) => el.remove());
    // The PDF does not offer itself for download: drop the download link and a paragraph it leaves empty.
    root.querySelectorAll('a[download]').forEach((a) => {
      const parent = a.parentElement;
      a.remove();
      if (parent && parent !== root && parent.tagName === 'P' && !parent.textContent?.trim()) parent.remove();
    });
    const prefix = (id: string) => `${chapter.id}--${id}`;
    root.querySelectorAll('[id]').forEach((el) => (el.id = prefix(el.id)));
    for (const attr of ['aria-labelledby', 'aria-describedby', 'aria-controls', 'headers']) {
      root.querySelectorAll(`[${attr}]`).forEach((el) => el.setAttribute(attr, el.getAttribute(attr)!.split(/\s+/).map(prefix).join(' ')));
    }
    root.querySelectorAll('label[for]').forEach((el) => el.setAttribute('for', prefix(el.getAttribute('for')!)));
    root.querySelectorAll('details').forEach((el) => el.setAttribute('open', ''));
    root.querySelectorAll('img[src]').forEach((el) => el.setAttribute('src', resolve(el.getAttribute('src')!).href));
    const origin = resolve(pageUrl).origin;
    root.querySelectorAll('a[href]').forEach((a) => {
      const url = resolve(a.getAttribute('href')!);
      if (url.origin !== origin) return;
      const path = url.pathname.replace(/\/index\.html$/, '').replace(/\.html$/, '').replace(/(.)\/+$/, '$1');
      const target = chapterByPath[path];
      const hash = decodeURIComponent(url.hash.slice(1));
      if (target) a.setAttribute('href', hash ? `#${target}--${hash}` : `#chapter-${target}`);
      else a.setAttribute('href', `${publicBase}${url.pathname.replace(/^\//, '')}${url.search}${url.hash}`);
    });
    if (!root.querySelector('h1')) {
      root.insertAdjacentHTML('afterbegin', '<h1></h1>');
      root.querySelector('h1')!.textContent = chapter.title;
    }
    const stylesheets = Array.from(doc.querySelectorAll('link[rel="stylesheet"]'), (l) => resolve(l.getAttribute('href')!).href);
    // Keep the page's own <main> classes around the content, so its scoped print styles still apply.
    return {html: `<div class="${main.className}">${root.innerHTML}</div>`, stylesheets};
  });
}

/**
 * Reads each built chapter page from the build and takes its printable content, in binder
 * order. The pages are parsed in the browser, not loaded: laying out each page with the site's
 * styles cost about 0.3 s a chapter and changed nothing taken. A missing page fails the print:
 * the binder never prints a hole where a chapter should be.
 */
export async function extractChapters(page: Page, options: {outDir: string; origin: string; baseUrl: string; publicBase: string; chapters: readonly PrintChapter[]}): Promise<{bodies: ChapterBody[]; stylesheets: string[]}> {
  const {outDir, origin, baseUrl, publicBase, chapters} = options;
  const pathOf = (route: string) => `${baseUrl.replace(/\/$/, '')}${route}`.replace(/(.)\/+$/, '$1');
  const chapterByPath = Object.fromEntries(chapters.map((c) => [pathOf(c.route), c.id]));
  const pages = await Promise.all(
    chapters.map(async (chapter): Promise<BuiltChapter> => {
      const file = htmlFileFor(outDir, chapter.route);
      if (!file) throw new Error(`Unexpected missing page for chapter "${chapter.id}" at ${chapter.route}, expected its built page in ${outDir}`);
      return {chapter: {id: chapter.id, title: chapter.title}, html: await readFile(file, 'utf8'), url: `${origin}${pathOf(chapter.route)}`};
    }),
  );
  // tsx and jiti compile with keepNames, which wraps inner functions in a `__name` helper the
  // page does not have: give the page a harmless one.
  await page.evaluate('globalThis.__name = globalThis.__name || ((f) => f)');
  const extracted = await page.evaluate(extractInBrowser, {pages, chapterByPath, publicBase});
  return {bodies: extracted.map((e, i) => ({chapter: chapters[i]!, html: e.html})), stylesheets: extracted[0]?.stylesheets ?? []};
}
