import {unzipSync} from 'fflate';
import {describe, expect, it} from 'vitest';
import {deckMarkdown, escapeMarkdown} from '../deck-markdown';
import {executiveDeck, executiveSlideLimit, trainingDeck} from '../decks';
import {signoffStatement} from '../model';
import {fixCoreDates, reproducibleOfficeZip} from '../zip-reproducible';
import {fixtureModel} from './__fixtures__/model';

const options = {lang: 'en', title: 'ax v2 handoff binder: executive summary', footer: 'ax v2 handoff binder · synthetic data'};

describe('the decks', () => {
  it('keeps the executive deck within its limit, every slide with speaker notes', () => {
    const deck = executiveDeck(fixtureModel);
    expect(deck.slides.length).toBeLessThanOrEqual(executiveSlideLimit);
    expect(deck.slides.every((s) => s.notes.length > 0)).toBe(true);
    expect(deck.slides.map((s) => s.title)).toMatchInlineSnapshot(`
      [
        "ax v2 handoff binder: executive summary",
        "Where the handoff stands",
        "KPI scorecard",
        "KPIs that need attention",
        "Readiness by domain",
        "Readiness items not met or not measured",
        "Sign-offs per domain",
        "Training",
      ]
    `);
  });

  it('states every KPI status and every sign-off state from the model, never a number for No data', () => {
    const deck = executiveDeck(fixtureModel);
    const scorecard = deck.slides.find((s) => s.title === 'KPI scorecard')!;
    expect(scorecard.table?.rows).toContainEqual(['Platform uptime', 'No data', '≥ 99.9%', 'No data', 'no trend']);
    expect(deck.slides.find((s) => s.title === 'Sign-offs per domain')?.table?.rows.map((r) => r[2])).toEqual(['UNSIGNED', 'UNSIGNED']);
    expect(deck.slides[1]?.bullets).toEqual(['KPIs: 1 On track, 1 No data, 1 At risk.', 'Readiness items: 1 Met, 1 Not met, 1 Attested in sign-off.', 'Sign-offs: 2 UNSIGNED.']);
  });

  it('gives the training deck a slide per lab', () => {
    const deck = trainingDeck(fixtureModel);
    expect(deck.slides.map((s) => s.title)).toEqual(['ax v2 handoff binder: training labs', 'The labs', 'Build a first plugin', 'Stakeholder tour', 'Recorded sessions']);
    expect(deck.slides[3]?.bullets).toEqual(['The lab states no outcomes.']);
    expect(deck.slides[2]?.lead).toBe('Plugin developers · 45 min · 5 steps · https://docs.example.com/docs/labs/first-plugin');
  });

  it.each([
    [[], 'No sign-off domains are defined.'],
    [[{domain: 'a', state: 'UNSIGNED', signer: 'x'}], 'Nobody has signed this handoff: every domain is UNSIGNED.'],
    [[{domain: 'a', state: 'VALID', signer: 'x'}, {domain: 'b', state: 'STALE', signer: 'y'}, {domain: 'c', state: 'UNSIGNED', signer: 'z'}], '1 of 3 domains hold a VALID sign-off; the others: 1 STALE, 1 UNSIGNED.'],
  ])('says where the sign-offs stand (%#)', (signoffs, statement) => {
    expect(signoffStatement(signoffs)).toBe(statement);
  });
});

describe('Marp Markdown', () => {
  it('writes front matter, one section per slide, escaped table cells and notes as comments', () => {
    const md = deckMarkdown(executiveDeck(fixtureModel), options);
    expect(md.split('\n---\n').length - 1).toBe(executiveDeck(fixtureModel).slides.length);
    expect(md.startsWith('---\nmarp: true\ntheme: default\npaginate: true\nsize: 16:9\nlang: en\ntitle: "ax v2 handoff binder: executive summary"\n')).toBe(true);
    expect(md).toContain('| Docs \\| helpfulness | 91% | ≥ 95% | At risk | worse |');
    expect(md).toContain('<!--\nTen success metrics of PRD section 7.');
  });

  it.each([
    ['a | b', 'a \\| b'],
    ['<script>', '\\<script\\>'],
    ['*not bold* & _not italic_', '\\*not bold\\* &amp; \\_not italic\\_'],
    ['# not a heading', '\\# not a heading'],
  ])('escapes %j', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  it('keeps a note from closing its comment early', () => {
    const deck = {id: 'executive' as const, title: 't', slides: [{title: 'T', notes: 'a --> b'}]};
    expect(deckMarkdown(deck, options)).toContain('<!--\na - -> b\n-->');
  });
});

describe('reproducible PPTX zips', () => {
  const moment = new Date(Date.UTC(2026, 11, 1, 12, 0, 0));

  it('sets the document dates to the build moment', () => {
    const core = '<cp:coreProperties><dcterms:created xsi:type="dcterms:W3CDTF">2026-12-01T21:04:55Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-12-02T01:00:00Z</dcterms:modified></cp:coreProperties>';
    expect(fixCoreDates(core, moment)).toBe('<cp:coreProperties><dcterms:created xsi:type="dcterms:W3CDTF">2026-12-01T12:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-12-01T12:00:00Z</dcterms:modified></cp:coreProperties>');
  });

  it('gives the same bytes for the same entries whenever it runs, in entry order', async () => {
    const {zipSync} = await import('fflate');
    const entries = (when: Date) => zipSync({'[Content_Types].xml': [new TextEncoder().encode('<Types/>'), {mtime: when}], 'docProps/core.xml': [new TextEncoder().encode(`<dcterms:created>${when.toISOString()}</dcterms:created>`), {mtime: when}]});
    const a = reproducibleOfficeZip(entries(new Date(2026, 0, 1)), moment);
    const b = reproducibleOfficeZip(entries(new Date(2026, 5, 6, 7, 8, 9)), moment);
    expect(a.equals(b)).toBe(true);
    expect(Object.keys(unzipSync(a))).toEqual(['[Content_Types].xml', 'docProps/core.xml']);
    expect(new TextDecoder().decode(unzipSync(a)['docProps/core.xml'])).toBe('<dcterms:created>2026-12-01T12:00:00Z</dcterms:created>');
  });
});
