import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {checkAxCommand, findAxCommands} from '../src/cli-spec';
import {normaliseErrorId} from '../src/site/error-id';
import {ALIAS_PATTERN, ERROR_ID_PATTERN, areas, severities, type CatalogSource, type ErrorEntry} from './types';
import {compareVersions, isValidRange, parseVersion} from './versions';

/** What an integrity check found: the file and the entry, so the author goes straight there. */
export interface CatalogFinding {
  file: string;
  /** 1-based line of the entry's `id`, or 1 when the file cannot be read. */
  line: number;
  id: string;
  check: string;
  /** "Unexpected X, expected Y". */
  message: string;
}

export interface IntegrityOptions {
  /** Site root, to read source lines and resolve `related` docs. */
  siteDir: string;
  /** Whether a `related` doc path exists; defaults to any path. */
  docExists?: (route: string) => boolean;
}

const placeholdersOf = (message: string): string[] => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

function lineOf(siteDir: string, file: string, id: string): number {
  const full = path.resolve(siteDir, file);
  if (!existsSync(full)) return 1;
  const index = readFileSync(full, 'utf8').split('\n').findIndex((l) => l.includes(`'${id}'`) && /\bid:/.test(l));
  return index + 1 || 1;
}

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

/**
 * Checks the catalog as a whole: unique IDs and aliases, ID format and range, retired entries
 * with a replacement or a note, non-empty causes and fixes, resolvable related links, typed
 * placeholders and every `ax …` command against the CLI spec.
 */
export function checkCatalog(sources: readonly CatalogSource[], options: IntegrityOptions): CatalogFinding[] {
  const findings: CatalogFinding[] = [];
  const all = sources.flatMap((s) => s.errors.map((e) => ({e, file: s.file})));
  const ids = new Map<string, string>();
  const aliases = new Map<string, string>();
  const report = (file: string, id: string, check: string, message: string) => findings.push({file, line: lineOf(options.siteDir, file, id), id, check, message});

  for (const {e, file} of all) {
    const seen = ids.get(e.id);
    if (seen) report(file, e.id, 'duplicate-id', `Unexpected duplicate ID ${e.id}, expected each ID once (also in ${seen})`);
    else ids.set(e.id, file);
  }
  for (const {e, file} of all) {
    const at = (check: string, message: string) => report(file, e.id, check, message);
    if (!ERROR_ID_PATTERN.test(e.id)) at('id-format', `Unexpected ID \`${e.id}\`, expected AX and four digits`);
    else {
      const n = Number(e.id.slice(2));
      const area = areas[e.area];
      if (!area) at('area', `Unexpected area \`${e.area}\`, expected one of ${Object.keys(areas).join(', ')}`);
      else if (n < area.from || n > area.to) at('id-range', `Unexpected ID ${e.id} in area ${e.area}, expected AX${area.from}–AX${area.to}`);
    }
    if (!severities.includes(e.severity)) at('severity', `Unexpected severity \`${e.severity}\`, expected one of ${severities.join(', ')}`);
    if (!e.title.trim()) at('title', 'Unexpected empty title, expected a short noun phrase');
    if (!e.causes.length || e.causes.some((c) => !c.trim())) at('empty-causes', 'Unexpected empty causes, expected at least one cause, most likely first');
    if (!e.fixes.length || e.fixes.some((f) => !f.step.trim())) at('empty-fixes', 'Unexpected empty fixes, expected at least one actionable step');
    for (const alias of e.aliases) {
      const key = alias.toUpperCase();
      const other = aliases.get(key);
      if (other) at('duplicate-alias', `Unexpected duplicate alias ${alias}, expected each alias once (also on ${other})`);
      aliases.set(key, e.id);
      const asId = normaliseErrorId(alias);
      if (asId || ids.has(key)) at('alias-is-id', `Unexpected alias ${alias} that reads as error ID ${asId ?? key}, expected a symbolic code such as E_SESSION_EXPIRED`);
      else if (!ALIAS_PATTERN.test(alias)) at('alias-format', `Unexpected alias \`${alias}\`, expected upper-case letters, digits, _ and -`);
    }
    const declared = Object.keys(e.params).sort();
    const used = [...new Set(placeholdersOf(e.message))].sort();
    if (declared.join() !== used.join()) at('message-params', `Unexpected params {${declared.join(', ')}} for message placeholders {${used.join(', ')}}, expected the same names`);
    for (const [field, v] of [['introducedIn', e.introducedIn], ['retiredIn', e.retiredIn]] as const) {
      if (v !== undefined && !parseVersion(v)) at('version', `Unexpected ${field} \`${v}\`, expected a version like 2.1.0`);
    }
    e.fixes.forEach((f, i) => {
      if (f.versions !== undefined && !isValidRange(f.versions)) at('fix-versions', `Unexpected fixes[${i}].versions \`${f.versions}\`, expected a range such as >=2.1.0 or >=2.0.0 <2.1.0`);
    });
    if (e.retiredIn) {
      if (!e.replacedBy && !e.retiredNote?.trim()) at('retired-replacement', `Unexpected retired error without replacedBy or retiredNote, expected one of them`);
      if (parseVersion(e.retiredIn) && parseVersion(e.introducedIn) && compareVersions(e.retiredIn, e.introducedIn) <= 0) at('version', `Unexpected retiredIn ${e.retiredIn}, expected a version after introducedIn ${e.introducedIn}`);
    } else if (e.replacedBy || e.retiredNote) {
      at('retired-replacement', 'Unexpected replacedBy or retiredNote on an active error, expected retiredIn too');
    }
    for (const {command, strict, where} of commandsOf(e)) {
      const r = checkAxCommand(command, {strict});
      if (!r.ok) at('unknown-command', `${where}: ${r.message}`);
    }
  }
  for (const {e, file} of all) {
    const at = (check: string, message: string) => report(file, e.id, check, message);
    if (e.replacedBy) {
      const target = all.find((x) => x.e.id === e.replacedBy)?.e;
      if (!target) at('retired-replacement', `Unexpected replacedBy ${e.replacedBy}, expected the ID of an error in the catalog`);
      else if (target.retiredIn) at('retired-replacement', `Unexpected replacedBy ${e.replacedBy}, which is retired too, expected an active error`);
    }
    for (const r of e.related) {
      if ('error' in r) {
        if (!ids.has(r.error)) at('broken-related', `Unexpected related error ${r.error}, expected the ID of an error in the catalog`);
        else if (r.error === e.id) at('broken-related', `Unexpected related link to itself, expected another error`);
      } else if (!(options.docExists ?? (() => true))(r.doc)) {
        at('broken-related', `Unexpected related doc ${r.doc}, expected the path of a page on this site (docs/, runbooks/, the CLI reference or /errors)`);
      }
    }
  }
  return findings;
}

/** One finding a line: `file:line ID message (check)`. */
export function formatCatalogFindings(findings: readonly CatalogFinding[]): string {
  return findings.map((f) => `${f.file}:${f.line} ${f.id} ${f.message} (errors/${f.check})`).join('\n');
}
