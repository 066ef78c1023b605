import type {Page} from 'playwright-core';
import type {PrintChapter} from './model';
import type {ChapterBody} from './print-html';

/** What the browser hands back for one built page. */
interface Extracted {
  html: string;
  stylesheets: string[];
}

interface ExtractArgs {
  chapter: {id: string; title: string};
  /** Chapter id by route path (baseUrl included, no trailing slash). */
  chapterByPath: Record<string, string>;
  /** Public origin and base of the site, for links to pages outside the binder. */
  publicBase: string;
}

/**
 * Runs in the page: takes the page's main content, drops the site's chrome (breadcrumbs,
 * pagers, edit links, buttons), prefixes every id with the chapter's, and points links to other
 * chapters at their sections in the combined document; links elsewhere go to the public site.
 */
function extractInPage({chapter, chapterByPath, publicBase}: ExtractArgs): Extracted {
  const main = document.querySelector('main');
  const root = (main?.querySelector('article') ?? main)?.cloneNode(true) as HTMLElement | null;
  if (!main || !root) throw new Error(`Unexpected page without a <main> at ${location.pathname}, expected a built binder page`);
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
  root.querySelectorAll('img[src]').forEach((el) => el.setAttribute('src', (el as HTMLImageElement).src));
  root.querySelectorAll('a[href]').forEach((a) => {
    const url = new URL(a.getAttribute('href')!, location.href);
    if (url.origin !== location.origin) return;
    const path = url.pathname.replace(/\/index\.html$/, '').replace(/\.html$/, '').replace(/(.)\/+$/, '$1');
    const target = chapterByPath[path];
    const hash = decodeURIComponent(url.hash.slice(1));
    if (target) a.setAttribute('href', hash ? `#${target}--${hash}` : `#chapter-${target}`);
    else a.setAttribute('href', `${publicBase}${url.pathname.replace(/^\//, '')}${url.search}${url.hash}`);
  });
  if (!root.querySelector('h1')) root.insertAdjacentHTML('afterbegin', `<h1></h1>`), (root.querySelector('h1')!.textContent = chapter.title);
  const stylesheets = Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'), (l) => l.href);
  // Keep the page's own <main> classes around the content, so its scoped print styles still apply.
  return {html: `<div class="${main.className}">${root.innerHTML}</div>`, stylesheets};
}

/**
 * Loads each built chapter page from the served build and takes its printable content, in
 * binder order. A page that is missing or not found fails the print: the binder never prints
 * a hole where a chapter should be.
 */
export async function extractChapters(page: Page, origin: string, baseUrl: string, publicBase: string, chapters: readonly PrintChapter[]): Promise<{bodies: ChapterBody[]; stylesheets: string[]}> {
  const pathOf = (route: string) => `${baseUrl.replace(/\/$/, '')}${route}`.replace(/(.)\/+$/, '$1');
  const chapterByPath = Object.fromEntries(chapters.map((c) => [pathOf(c.route), c.id]));
  // tsx and jiti compile with keepNames, which wraps inner functions in a `__name` helper the
  // page does not have: give the page a harmless one.
  await page.addInitScript({content: 'globalThis.__name = globalThis.__name || ((f) => f);'});
  const bodies: ChapterBody[] = [];
  let stylesheets: string[] = [];
  for (const chapter of chapters) {
    const response = await page.goto(`${origin}${pathOf(chapter.route)}`, {waitUntil: 'load'});
    if (!response || response.status() !== 200) {
      throw new Error(`Unexpected HTTP ${response?.status() ?? 'no response'} for chapter "${chapter.id}" at ${chapter.route}, expected its built page (200)`);
    }
    const extracted = await page.evaluate(extractInPage, {chapter: {id: chapter.id, title: chapter.title}, chapterByPath, publicBase});
    bodies.push({chapter, html: extracted.html});
    if (stylesheets.length === 0) stylesheets = extracted.stylesheets;
  }
  return {bodies, stylesheets};
}
