import {describe, expect, it} from 'vitest';
import {makeReproducible, pdfDate} from '../pdf-reproducible';

/** A minimal PDF trailer region as Skia writes it, with an xref offset after the dates. */
const skiaLike = (stamp: string, id = '') =>
  Buffer.from(`%PDF-1.4\n1 0 obj\n<</Title (Binder)\n/Producer (Skia/PDF m156)\n/CreationDate (${stamp})\n/ModDate (${stamp})>>\nendobj\ntrailer\n<</Size 2${id}\n/Root 1 0 R>>\nstartxref\n9\n%%EOF\n`, 'latin1');

const moment = new Date(Date.UTC(2026, 11, 1, 8, 5, 9));

describe('reproducible PDFs', () => {
  it('writes PDF dates as Skia does, in UTC', () => {
    expect(pdfDate(moment)).toBe("D:20261201080509+00'00'");
  });

  it('gives two prints at different times the same bytes, and keeps every offset', () => {
    const a = makeReproducible(skiaLike("D:20261201205550+00'00'"), moment);
    const b = makeReproducible(skiaLike("D:20261202010101+00'00'"), moment);
    expect(a.pdf.equals(b.pdf)).toBe(true);
    expect(a.pdf.length).toBe(skiaLike("D:20261201205550+00'00'").length);
    expect(a.dates).toBe(2);
    expect(a.pdf.toString('latin1')).toContain("/CreationDate (D:20261201080509+00'00')\n/ModDate (D:20261201080509+00'00')");
  });

  it('rewrites an /ID from the content hash, the same for the same content', () => {
    const id = '\n/ID [<0123456789ABCDEF0123456789ABCDEF> <FEDCBA9876543210FEDCBA9876543210>]';
    const other = '\n/ID [<AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA> <BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB>]';
    const a = makeReproducible(skiaLike("D:20261201205550+00'00'", id), moment);
    const b = makeReproducible(skiaLike("D:20261203205550+00'00'", other), moment);
    expect(a.ids).toBe(1);
    expect(a.pdf.equals(b.pdf)).toBe(true);
    const written = /\/ID \[<([0-9A-F]{32})> <([0-9A-F]{32})>\]/.exec(a.pdf.toString('latin1'));
    expect(written?.[1]).toBe(a.contentHash.slice(0, 32).toUpperCase());
    expect(written?.[2]).toBe(written?.[1]);
  });

  it('changes the ID when the content changes', () => {
    const id = '\n/ID [<0123456789ABCDEF0123456789ABCDEF> <FEDCBA9876543210FEDCBA9876543210>]';
    const a = makeReproducible(skiaLike("D:20261201205550+00'00'", id), moment);
    const b = makeReproducible(Buffer.from(skiaLike("D:20261201205550+00'00'", id).toString('latin1').replace('Binder', 'Folder'), 'latin1'), moment);
    expect(a.contentHash).not.toBe(b.contentHash);
  });

  it('keeps the UTC suffix the writer used (pdf-lib writes Z)', () => {
    expect(makeReproducible(skiaLike('D:20261201205550Z'), moment).pdf.toString('latin1')).toContain('/CreationDate (D:20261201080509Z)');
  });

  it('refuses a date it cannot rewrite in place', () => {
    expect(() => makeReproducible(skiaLike("D:20261201205550-05'00"), moment)).toThrowErrorMatchingInlineSnapshot(`[Error: Unexpected /CreationDate value of 22 characters ("D:20261201205550-05'00"), expected 23 to rewrite it in place]`);
  });
});

describe('structure element IDs', () => {
  const tagged = (first: number, second: number) =>
    Buffer.from(`1 0 obj\n<</Type /StructElem\n/ID (node${String(second).padStart(8, '0')})>>\n2 0 obj\n<</Names [(node${String(first).padStart(8, '0')}) 3 0 R (node${String(second).padStart(8, '0')}) 1 0 R]>>\n`, 'latin1');

  it('renumbers them by rank, so the same document gets the same IDs and the name tree stays sorted', () => {
    const a = makeReproducible(tagged(3520, 3601), moment);
    const b = makeReproducible(tagged(120, 9001), moment);
    expect(a.pdf.equals(b.pdf)).toBe(true);
    expect(a.nodeIds).toBe(3);
    expect(a.pdf.toString('latin1')).toContain('/Names [(node00000001) 3 0 R (node00000002) 1 0 R]');
  });
});
