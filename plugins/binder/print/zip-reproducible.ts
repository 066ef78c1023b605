import {unzipSync, zipSync, type Zippable} from 'fflate';

/**
 * Rewrites an Office zip (PPTX) so two builds of one commit give the same bytes: every entry
 * gets the build moment as its time, the document properties' created and modified dates become
 * that moment, and the entries keep their order ([Content_Types].xml first, as Office expects).
 */

/** DOS zip times have no zone and fflate reads local time: hand it the UTC fields as local ones. */
function zipTime(moment: Date): Date {
  const floor = Math.max(moment.getTime(), Date.UTC(1980, 0, 1));
  const utc = new Date(floor);
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), utc.getUTCHours(), utc.getUTCMinutes(), utc.getUTCSeconds());
}

/** An ISO date without milliseconds, as `dcterms:W3CDTF` values are written. */
export const w3cdtf = (moment: Date) => `${moment.toISOString().slice(0, 19)}Z`;

/** Sets `dcterms:created` and `dcterms:modified` of docProps/core.xml. */
export function fixCoreDates(coreXml: string, moment: Date): string {
  return coreXml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${w3cdtf(moment)}$3`);
}

export function reproducibleOfficeZip(zip: Uint8Array, moment: Date): Buffer {
  const entries = unzipSync(zip);
  const mtime = zipTime(moment);
  const out: Zippable = {};
  for (const [name, data] of Object.entries(entries)) {
    const content = name === 'docProps/core.xml' ? new TextEncoder().encode(fixCoreDates(new TextDecoder().decode(data), moment)) : data;
    out[name] = [content, {mtime, level: 6}];
  }
  return Buffer.from(zipSync(out));
}
