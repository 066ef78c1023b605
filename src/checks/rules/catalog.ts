import {checkAxCommand, findAxCommands} from '../../cli-spec';
import {areas, severities, type ErrorEntry} from '../../error-catalog/entry';
import {ALIAS_PATTERN, ERROR_ID_PATTERN, normaliseErrorId} from '../../error-catalog/id';
import {compareVersions, isValidRange, parseVersion} from '../../model/versions';
import {normalizeRoute} from '../../routes/table';
import type {Rule} from '../rule';
import {routeExists, siteRoutes, type SiteModel} from '../site-model';
import {catalogLoader, defineCatalogRule, type CatalogCheck, type CatalogOf} from './catalog-source';

const placeholdersOf = (message: string): string[] => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

/** Unique IDs, `AX` and four digits, inside the range of the entry's area. */
const checkIds: CatalogCheck = (entries, _ids, report) => {
  const firstFile = new Map<string, string>();
  for (const at of entries) {
    const e = at.entry;
    const seen = firstFile.get(e.id);
    if (seen) report(at, `Unexpected duplicate ID ${e.id}, expected each ID once (also in ${seen})`);
    else firstFile.set(e.id, at.file);
    if (!ERROR_ID_PATTERN.test(e.id)) report(at, `Unexpected ID \`${e.id}\`, expected AX and four digits`);
    else {
      const n = Number(e.id.slice(2));
      const area = areas[e.area] as (typeof areas)[keyof typeof areas] | undefined;
      if (!area) report(at, `Unexpected area \`${e.area}\`, expected one of ${Object.keys(areas).join(', ')}`);
      else if (n < area.from || n > area.to) report(at, `Unexpected ID ${e.id} in area ${e.area}, expected AX${area.from}–AX${area.to}`);
    }
  }
};

/** Aliases are unique in any case, symbolic, and never read as an error ID. */
const checkAliases: CatalogCheck = (entries, ids, report) => {
  const owner = new Map<string, string>();
  for (const at of entries) {
    for (const alias of at.entry.aliases) {
      const key = alias.toUpperCase();
      const other = owner.get(key);
      if (other) report(at, `Unexpected duplicate alias ${alias}, expected each alias once (also on ${other})`);
      owner.set(key, at.entry.id);
      const asId = normaliseErrorId(alias);
      if (asId || ids.has(key)) report(at, `Unexpected alias ${alias} that reads as error ID ${asId ?? key}, expected a symbolic code such as E_SESSION_EXPIRED`);
      else if (!ALIAS_PATTERN.test(alias)) report(at, `Unexpected alias \`${alias}\`, expected upper-case letters, digits, _ and -`);
    }
  }
};

/** Every field a page needs: severity, title, causes, fixes, typed placeholders, versions. */
const checkEntries: CatalogCheck = (entries, _ids, report) => {
  for (const at of entries) {
    const e = at.entry;
    if (!severities.includes(e.severity)) report(at, `Unexpected severity \`${e.severity}\`, expected one of ${severities.join(', ')}`);
    if (!e.title.trim()) report(at, 'Unexpected empty title, expected a short noun phrase');
    if (!e.causes.length || e.causes.some((c) => !c.trim())) report(at, 'Unexpected empty causes, expected at least one cause, most likely first');
    if (!e.fixes.length || e.fixes.some((f) => !f.step.trim())) report(at, 'Unexpected empty fixes, expected at least one actionable step');
    const declared = Object.keys(e.params).sort();
    const used = [...new Set(placeholdersOf(e.message))].sort();
    if (declared.join() !== used.join()) report(at, `Unexpected params {${declared.join(', ')}} for message placeholders {${used.join(', ')}}, expected the same names`);
    for (const [field, v] of [['introducedIn', e.introducedIn], ['retiredIn', e.retiredIn]] as const) {
      if (v !== undefined && !parseVersion(v)) report(at, `Unexpected ${field} \`${v}\`, expected a version like 2.1.0`);
    }
    e.fixes.forEach((f, i) => {
      if (f.versions !== undefined && !isValidRange(f.versions)) report(at, `Unexpected fixes[${i}].versions \`${f.versions}\`, expected a range such as >=2.1.0 or >=2.0.0 <2.1.0`);
    });
  }
};

/** A retired entry names an active replacement or says why it has none; an active one does neither. */
const checkRetired: CatalogCheck = (entries, _ids, report) => {
  const byId = new Map(entries.map((x) => [x.entry.id, x.entry]));
  for (const at of entries) {
    const e = at.entry;
    if (e.retiredIn) {
      if (!e.replacedBy && !e.retiredNote?.trim()) report(at, 'Unexpected retired error without replacedBy or retiredNote, expected one of them');
      if (parseVersion(e.retiredIn) && parseVersion(e.introducedIn) && compareVersions(e.retiredIn, e.introducedIn) <= 0) report(at, `Unexpected retiredIn ${e.retiredIn}, expected a version after introducedIn ${e.introducedIn}`);
    } else if (e.replacedBy || e.retiredNote) {
      report(at, 'Unexpected replacedBy or retiredNote on an active error, expected retiredIn too');
    }
    if (e.replacedBy) {
      const target = byId.get(e.replacedBy);
      if (!target) report(at, `Unexpected replacedBy ${e.replacedBy}, expected the ID of an error in the catalog`);
      else if (target.retiredIn) report(at, `Unexpected replacedBy ${e.replacedBy}, which is retired too, expected an active error`);
    }
  }
};

/** Related errors are other entries; related docs are pages the site serves. */
const checkRelated: CatalogCheck = async (entries, ids, report, site) => {
  const index = await siteRoutes(site);
  const served = (doc: string) => routeExists(index, normalizeRoute(doc.replace(/[#?].*$/, '')));
  for (const at of entries) {
    for (const r of at.entry.related) {
      if ('error' in r) {
        if (!ids.has(r.error)) report(at, `Unexpected related error ${r.error}, expected the ID of an error in the catalog`);
        else if (r.error === at.entry.id) report(at, 'Unexpected related link to itself, expected another error');
      } else if (!served(r.doc)) {
        report(at, `Unexpected related doc ${r.doc}, expected the path of a page this site serves (from src/routes/table.ts)`);
      }
    }
  }
};

/** Every `ax …` command an entry writes: fix commands (strict) and inline code in causes and steps. */
function commandsOf(e: ErrorEntry): Array<{command: string; strict: boolean; where: string}> {
  const out: Array<{command: string; strict: boolean; where: string}> = [];
  e.fixes.forEach((f, i) => {
    if (f.command !== undefined) out.push({command: f.command, strict: true, where: `fixes[${i}].command`});
    for (const c of findAxCommands(f.step)) out.push({command: c.command, strict: false, where: `fixes[${i}].step`});
  });
  e.causes.forEach((c, i) => findAxCommands(c).forEach((f) => out.push({command: f.command, strict: false, where: `causes[${i}]`})));
  for (const c of findAxCommands(e.message)) out.push({command: c.command, strict: false, where: 'message'});
  return out;
}

/** Every `ax …` command in an entry runs against the CLI spec. */
const checkCommands: CatalogCheck = (entries, _ids, report) => {
  for (const at of entries) {
    for (const {command, strict, where} of commandsOf(at.entry)) {
      const r = checkAxCommand(command, {strict});
      if (!r.ok) report(at, `${where}: ${r.message}`);
    }
  }
};

/** The catalog rules over the catalog `catalogOf` loads; tests pass a loader of a fixture. */
export function createCatalogRules(catalogOf: CatalogOf): Rule<SiteModel>[] {
  const rule = (id: string, description: string, rationale: string, check: CatalogCheck, reportsLoad = false) =>
    defineCatalogRule({id, description, rationale, defaultSeverity: 'error'}, check, catalogOf, reportsLoad);
  return [
    rule('catalog/ids', 'Every error ID is unique, `AX` and four digits, and inside the range of its area.', 'An ID is printed by the CLI and published at a URL forever; a duplicate or a misplaced ID sends readers to the wrong page.', checkIds),
    rule('catalog/aliases', 'Every alias is unique in any case, a symbolic code, and never reads as an error ID.', 'Each alias gets its own forwarding page; two entries claiming one alias would fight over that URL.', checkAliases),
    rule('catalog/entries', 'Every entry has a severity, a title, causes and fixes, params for each message placeholder, and valid versions.', 'An error page without causes or fixes helps nobody, and an untyped placeholder breaks `ax explain`.', checkEntries, true),
    rule('catalog/retired', 'A retired error names an active replacement or a note; an active error names neither.', 'Retired IDs keep their page so old links work; the page must say where to go instead.', checkRetired),
    rule('catalog/related', 'Related links point at errors in the catalog and at pages the site serves.', 'A broken related link on an error page is a dead end for a reader who is already stuck.', checkRelated),
    rule('catalog/commands', 'Every `ax` command in a cause, fix or message runs against the CLI spec.', 'A fix that tells readers to run a command that does not exist turns one error into two.', checkCommands),
  ];
}

/** The catalog rules on `errors/catalog/index.ts` of the checked root. */
export const catalogRules: readonly Rule<SiteModel>[] = createCatalogRules(catalogLoader());
