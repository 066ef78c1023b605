import {closest} from '../cli-spec';
import {errorCatalog, errorPath, lookupError} from './index';
import {areas, statusOf, type ErrorEntry} from './entry';
import {describeRange} from '../model/versions';

/** The terminal text of one entry, in the spirit of `rustc --explain`. */
export function formatExplanation(e: ErrorEntry, siteUrl: string): string {
  const out: string[] = [];
  out.push(`${e.id}: ${e.title}`);
  out.push(`${areas[e.area].label} · ${e.severity} · ${statusOf(e)} · since ${e.introducedIn}${e.retiredIn ? ` · retired in ${e.retiredIn}` : ''}`);
  if (e.retiredIn) out.push('', `No longer emitted since v${e.retiredIn}; see ${e.replacedBy ?? 'the note below'}.${e.retiredNote ? ` ${e.retiredNote}` : ''}`);
  out.push('', 'Message:', `  ${e.message}`);
  out.push('', 'Likely causes, most likely first:');
  e.causes.forEach((c, i) => out.push(`  ${i + 1}. ${c}`));
  out.push('', 'Fixes, in order:');
  e.fixes.forEach((f, i) => {
    out.push(`  ${i + 1}. ${f.step}${f.versions ? ` (${describeRange(f.versions)})` : ''}`);
    if (f.command) out.push(`       $ ${f.command}`);
  });
  if (e.aliases.length) out.push('', `Also reported as: ${e.aliases.join(', ')}`);
  out.push('', `More: ${siteUrl.replace(/\/$/, '')}${errorPath(e.id)}`);
  return out.join('\n');
}

/** IDs and aliases nearest to what was typed, for "did you mean". */
export function nearestErrors(input: string, catalog: readonly ErrorEntry[] = errorCatalog): string[] {
  const upper = input.trim().toUpperCase();
  const candidates = catalog.flatMap((e) => [e.id, ...e.aliases]);
  const byEdit = closest(upper, candidates, 3);
  if (byEdit.length) return byEdit;
  const digits = upper.replace(/\D/g, '');
  if (digits) {
    const n = Number(digits);
    return catalog
      .map((e) => ({id: e.id, d: Math.abs(Number(e.id.slice(2)) - n)}))
      .sort((a, b) => a.d - b.d)
      .slice(0, 3)
      .map((x) => x.id);
  }
  return [];
}

/** Looks up and formats an ID or alias, or explains that it is unknown. */
export function explain(input: string, siteUrl: string): {ok: boolean; text: string} {
  const hit = lookupError(input);
  if (hit) return {ok: true, text: (hit.viaAlias ? `${input.trim()} is an alias of ${hit.entry.id}.\n\n` : '') + formatExplanation(hit.entry, siteUrl)};
  const near = nearestErrors(input);
  return {ok: false, text: `Unknown error ID \`${input}\`, expected an ID such as AX1042 or an alias.${near.length ? ` Closest matches: ${near.join(', ')}.` : ''}`};
}
