import type {BreakageRow} from './view-models';

/** What the "what breaks for my plugin?" helper found. */
export interface BreakageReport {
  /** Rows the input names that are deprecated or removed, soonest removal first. */
  breaking: BreakageRow[];
  /** Names that matched an API with no deprecation. */
  fine: string[];
  /** Names that matched nothing. */
  unknown: string[];
}

/**
 * Reads API names from pasted text: a plugin manifest (JSON with `apis` and `permissions`)
 * or a list separated by commas, spaces or new lines.
 */
export function readApiNames(input: string): string[] {
  const text = input.trim();
  if (!text) return [];
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    if (json && typeof json === 'object' && !Array.isArray(json)) {
      const names: string[] = [];
      if (json.manifestVersion !== undefined) names.push(`Manifest v${String(json.manifestVersion)}`);
      for (const field of ['apis', 'permissions'] as const) {
        const list = json[field];
        if (Array.isArray(list)) names.push(...list.filter((x): x is string => typeof x === 'string'));
      }
      return names;
    }
  } catch {
    // Not JSON: a plain list.
  }
  return text.split(/[\s,;]+/).map((s) => s.replace(/\(\)$/, '')).filter(Boolean);
}

/** Rows a name refers to: `v1.ContextV1.on`, `ContextV1.on`, `ctx.on`, `register`, `Manifest v1`. */
export function matchRows(name: string, rows: BreakageRow[]): BreakageRow[] {
  const manifest = /^manifest\s*v?(\d+)$/i.exec(name);
  if (manifest) return rows.filter((r) => r.kind === 'manifest' && r.id.endsWith(`ManifestV${manifest[1]}`));
  const wanted = name.toLowerCase().replace(/^ctx\./, '');
  const exact = rows.filter((r) => r.id.toLowerCase() === wanted);
  if (exact.length) return exact;
  const suffix = rows.filter((r) => r.id.toLowerCase().endsWith(`.${wanted}`));
  if (suffix.length || !wanted.includes('.')) return suffix;
  // `ctx.storage.getSync`: the path through the context differs from the declaration's; the member name does not.
  const member = wanted.slice(wanted.lastIndexOf('.') + 1);
  return rows.filter((r) => r.id.toLowerCase().endsWith(`.${member}`));
}

/** Every breaking change among the named APIs. */
export function findBreakingChanges(names: string[], rows: BreakageRow[]): BreakageReport {
  const breaking = new Map<string, BreakageRow>();
  const fine: string[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const matched = matchRows(name, rows);
    if (!matched.length) unknown.push(name);
    const deprecated = matched.filter((r) => r.deprecated);
    for (const r of deprecated) breaking.set(r.id, r);
    if (matched.length && !deprecated.length) fine.push(name);
  }
  const sorted = [...breaking.values()].sort((a, b) => (a.removalDate ?? '9999').localeCompare(b.removalDate ?? '9999') || a.id.localeCompare(b.id));
  return {breaking: sorted, fine, unknown};
}
