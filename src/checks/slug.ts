/**
 * Heading slugs as Docusaurus makes them (github-slugger): lower case, punctuation and
 * symbols dropped, spaces to hyphens, and `-1`, `-2`… for repeats on the same page.
 */
const dropped = /[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu;

export function slugify(text: string): string {
  return text.toLowerCase().replace(dropped, '').replace(/ /g, '-');
}

/** Hands out unique slugs for one page, in heading order. */
export class Slugger {
  private readonly seen = new Map<string, number>();

  slug(text: string): string {
    return this.unique(slugify(text));
  }

  /** Registers an explicit id so a later heading with the same slug gets a suffix. */
  unique(base: string): string {
    let slug = base;
    let n = this.seen.get(base) ?? 0;
    if (this.seen.has(base)) {
      do slug = `${base}-${++n}`;
      while (this.seen.has(slug));
      this.seen.set(base, n);
    }
    this.seen.set(slug, 0);
    return slug;
  }
}
