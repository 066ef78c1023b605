import type {Page} from 'playwright-core';

/**
 * The walk's checks that run in the page. Each returns candidate papercuts as short lines; a
 * human judges which are real. Layout and axe-core first, then a keyboard pass and a look at
 * the accessibility tree a screen reader reads.
 */

/** Sideways scrolling, buttons wider than their box, unreadably small chart text, axe-core's WCAG 2.2 AA findings. */
export function layoutAndAxe(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth + 1) out.push(`page scrolls sideways: ${doc.scrollWidth} > ${window.innerWidth}`);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('main a.button, main button, .navbar a, .navbar button'))) {
      const parent = el.parentElement!;
      const r = el.getBoundingClientRect();
      const p = parent.getBoundingClientRect();
      if (r.width > 0 && r.right > p.right + 1 && getComputedStyle(parent).overflowX === 'visible') out.push(`overflows its box: "${el.textContent?.trim().slice(0, 40)}" ${Math.round(r.right - p.right)} px`);
    }
    for (const t of Array.from(document.querySelectorAll<SVGTextElement>('main svg text'))) {
      const h = t.getBoundingClientRect().height;
      if (h > 0 && h < 11) {
        out.push(`svg text ${h.toFixed(1)} px high: "${t.textContent?.slice(0, 30)}"`);
        break;
      }
    }
    const w = window as unknown as {axe: {run(ctx: unknown, o: unknown): Promise<{violations: {id: string; nodes: {target: string[]}[]}[]}>}};
    const r = await w.axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice']}});
    for (const v of r.violations) out.push(`axe ${v.id}: ${v.nodes.length} × e.g. ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`);
    return out;
  });
}

/** Where focus is after a Tab: what it is, and what a sighted keyboard user would see of it. */
interface FocusStop {
  what: string;
  /** No outline and no box shadow on the focused element. */
  noRing: boolean;
  /** The element has no box on screen (zero size or outside the page). */
  invisible: boolean;
  /** Covered by the sticky navbar after the browser scrolled it into view. */
  underNavbar: boolean;
  /** Focus left the page's content (back to the body): the pass is done. */
  atEnd: boolean;
}

/**
 * Tabs through the page from the top, at most `limit` stops, and lists focus that a keyboard
 * user cannot see: no focus ring, an invisible focused element, or one hidden under the sticky
 * navbar. Also lists sideways-scrolling boxes a keyboard cannot reach (no focusable element
 * inside and not focusable themselves).
 */
export async function keyboardPass(page: Page, limit = 200): Promise<string[]> {
  const out: string[] = [];
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  let stops = 0;
  for (; stops < limit; stops++) {
    await page.keyboard.press('Tab');
    const stop: FocusStop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return {what: 'body', noRing: false, invisible: false, underNavbar: false, atEnd: true};
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const what = `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} "${name}"`;
      const style = getComputedStyle(el);
      const noRing = (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0) && style.boxShadow === 'none';
      const r = el.getBoundingClientRect();
      const invisible = r.width < 1 || r.height < 1 || r.bottom < 0 || r.top > window.innerHeight;
      // Hidden means something else is drawn over its middle: the sticky navbar, typically.
      const hit = invisible ? null : document.elementFromPoint(Math.min(Math.max(r.left + r.width / 2, 0), window.innerWidth - 1), Math.min(Math.max(r.top + r.height / 2, 0), window.innerHeight - 1));
      const underNavbar = !!hit && !el.contains(hit) && !!hit.closest('.navbar') && !el.closest('.navbar');
      return {what, noRing, invisible, underNavbar, atEnd: false};
    });
    if (stop.atEnd) break;
    if (stop.noRing) out.push(`keyboard: no visible focus ring on ${stop.what}`);
    if (stop.invisible) out.push(`keyboard: focus on an element with no box on screen: ${stop.what}`);
    if (stop.underNavbar) out.push(`keyboard: focused ${stop.what} is hidden under the sticky navbar`);
  }
  if (stops >= limit) out.push(`keyboard: ${limit} Tab stops and focus never left the page`);
  const unreachable = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('main *'))
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX))
      .filter((el) => el.tabIndex < 0 && !el.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])'))
      .map((el) => `${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')} "${(el.querySelector('caption')?.textContent ?? el.textContent ?? '').trim().slice(0, 40)}"`),
  );
  for (const box of unreachable) out.push(`keyboard: scrolls sideways but no key reaches it: ${box}`);
  return out;
}

/**
 * The screen-reader view: landmarks of one role that a reader cannot tell apart (same or no
 * name), regions whose name reads more than their heading's text, tables without a name, links
 * of one name to several pages, and the page's heading outline (one h1, no skipped level).
 * Returns the findings and the ARIA snapshot of the page, for a human to read.
 */
export async function screenReaderTree(page: Page): Promise<{findings: string[]; tree: string}> {
  const findings = await page.evaluate(() => {
    const out: string[] = [];
    const nameOf = (el: Element) => el.getAttribute('aria-label') ?? (el.getAttribute('aria-labelledby') ? document.getElementById(el.getAttribute('aria-labelledby')!)?.textContent?.trim() : undefined) ?? '';
    const visible = (el: Element) => (el as HTMLElement).getClientRects().length > 0 || !!el.closest('.navbar-sidebar');
    for (const [role, selector] of [['navigation', 'nav, [role=navigation]'], ['region', 'section[aria-label], section[aria-labelledby], [role=region]'], ['complementary', 'aside, [role=complementary]']] as const) {
      const names = Array.from(document.querySelectorAll(selector)).filter(visible).map(nameOf);
      const seen = new Map<string, number>();
      for (const n of names) seen.set(n, (seen.get(n) ?? 0) + 1);
      if (names.length > 1) for (const [n, count] of seen) if (count > 1) out.push(`screen reader: ${count} ${role} landmarks named "${n}"`);
    }
    // A region named by its heading also reads what the heading holds, e.g. the anchor link's "Direct link to …".
    for (const section of Array.from(document.querySelectorAll('main section[aria-labelledby]')).filter(visible)) {
      const label = document.getElementById(section.getAttribute('aria-labelledby')!);
      const extra = label?.querySelector('[aria-label]')?.getAttribute('aria-label');
      if (extra) out.push(`screen reader: region "${label!.textContent?.trim().slice(0, 30)}" is named with its heading's "${extra.slice(0, 40)}" too`);
    }
    for (const t of Array.from(document.querySelectorAll('main table'))) {
      if (!t.querySelector('caption')?.textContent?.trim() && !t.getAttribute('aria-label') && !t.getAttribute('aria-labelledby')) out.push(`screen reader: a table without a caption or name, first header "${t.querySelector('th')?.textContent?.trim().slice(0, 30)}"`);
    }
    // A screen reader's list of links reads each link's name alone: many "Evidence" links to different pages blur together.
    const targets = new Map<string, Set<string>>();
    for (const a of Array.from(document.querySelectorAll<HTMLAnchorElement>('main a[href]')).filter(visible)) {
      const name = (a.getAttribute('aria-label') ?? a.textContent ?? '').trim().replace(/\s+/g, ' ');
      targets.set(name, (targets.get(name) ?? new Set()).add(a.href));
    }
    for (const [name, hrefs] of targets) if (hrefs.size >= 3) out.push(`screen reader: ${hrefs.size} links named "${name.slice(0, 40)}" go to different pages`);
    const levels = Array.from(document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')).filter(visible).map((h) => Number(h.tagName[1]));
    if (levels.filter((l) => l === 1).length !== 1) out.push(`screen reader: ${levels.filter((l) => l === 1).length} h1 headings in main, expected 1`);
    levels.forEach((l, i) => {
      if (i > 0 && l > levels[i - 1]! + 1) out.push(`screen reader: heading level skips from h${levels[i - 1]} to h${l}`);
    });
    return out;
  });
  const tree = await page.locator('body').ariaSnapshot();
  return {findings, tree};
}
