import {PDFDocument} from 'pdf-lib';
import {makeReproducible} from './pdf-reproducible';

/**
 * Makes a Marp CLI PDF reproducible. Marp stamps the wall clock into compressed object streams
 * (pdf-lib's default), where nothing can be patched in place: the file is re-saved with pdf-lib
 * with the build moment as its dates and without object streams, then its structure element IDs
 * are renumbered as for the binder PDF.
 */
export async function reproducibleMarpPdf(pdf: Uint8Array, moment: Date): Promise<Buffer> {
  const doc = await PDFDocument.load(pdf, {updateMetadata: false});
  doc.setCreationDate(moment);
  doc.setModificationDate(moment);
  const saved = await doc.save({useObjectStreams: false, updateFieldAppearances: false});
  return makeReproducible(Buffer.from(saved), moment).pdf;
}
