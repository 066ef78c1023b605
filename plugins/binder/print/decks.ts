import {signoffStatement, type BinderPrintModel} from './model';

/** A slide as both deck writers read it: title, text, an optional table and speaker notes. */
export interface Slide {
  title: string;
  /** A sentence under the title. */
  lead?: string;
  bullets?: readonly string[];
  table?: {head: readonly string[]; rows: readonly (readonly string[])[]};
  notes: string;
}

export interface Deck {
  id: 'executive' | 'training';
  title: string;
  slides: readonly Slide[];
}

/** The executive deck is capped, as the issue asks. */
export const executiveSlideLimit = 15;

const tally = (values: readonly string[]) => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([v, n]) => `${n} ${v}`).join(', ') || 'none';
};

const titleSlide = (model: BinderPrintModel, title: string, notes: string): Slide => ({
  title,
  lead: `Data as of ${model.asOf}; built on ${model.builtOn}.`,
  bullets: [model.syntheticNote, signoffStatement(model.signoffs)],
  notes,
});

/** The executive summary as slides: every figure is the binder's, none typed here. */
export function executiveDeck(model: BinderPrintModel): Deck {
  const attention = model.kpis.filter((k) => k.status !== 'On track');
  const open = model.readiness.filter((r) => r.state === 'Not met' || r.state === 'Not measured');
  const domains = [...new Set(model.readiness.map((r) => r.domain))];
  const slides: Slide[] = [
    titleSlide(model, `${model.title}: executive summary`, `This deck is generated from the binder's data at build time. ${model.syntheticNote} ${signoffStatement(model.signoffs)}`),
    {
      title: 'Where the handoff stands',
      bullets: [`KPIs: ${tally(model.kpis.map((k) => k.status))}.`, `Readiness items: ${tally(model.readiness.map((r) => r.state))}.`, `Sign-offs: ${tally(model.signoffs.map((s) => s.state))}.`],
      notes: 'Statuses are computed from the sources at build time; a KPI with no source or stale data shows No data or Stale, never a number.',
    },
    {
      title: 'KPI scorecard',
      table: {head: ['KPI', 'Value', 'Target', 'Status', 'Trend'], rows: model.kpis.map((k) => [k.name, k.value, k.target, k.status, k.trend])},
      notes: `Ten success metrics of PRD section 7. ${tally(model.kpis.map((k) => k.status))}. The trend is judged by each KPI's direction, so a falling response time reads better.`,
    },
    {
      title: 'KPIs that need attention',
      bullets: attention.length ? attention.map((k) => `${k.name}: ${k.status} (owner ${k.owner})`) : ['Every KPI is on track.'],
      notes: attention.length ? `${attention.length} of ${model.kpis.length} KPIs are not on track. Each names the team that owns it.` : 'Every KPI is on track.',
    },
    {
      title: 'Readiness by domain',
      table: {head: ['Domain', 'Items', 'States'], rows: domains.map((d) => [d, String(model.readiness.filter((r) => r.domain === d).length), tally(model.readiness.filter((r) => r.domain === d).map((r) => r.state))])},
      notes: 'Computed items are judged from drill logs, security scans and test evidence; the rest are attested in the domain sign-off.',
    },
    {
      title: 'Readiness items not met or not measured',
      bullets: open.length ? open.map((r) => `${r.domain}: ${r.text} (${r.state})`) : ['Every computed readiness item is met.'],
      notes: open.length ? `${open.length} items need work or evidence before the handoff can be signed.` : 'No computed item is open.',
    },
    {
      title: 'Sign-offs per domain',
      lead: signoffStatement(model.signoffs),
      table: {head: ['Domain', 'Signer role', 'State'], rows: model.signoffs.map((s) => [s.domain, s.signer, s.state])},
      notes: 'A sign-off records the SHA-256 of the sources its domain approves and turns STALE by itself when one of them changes.',
    },
    {
      title: 'Training',
      bullets: [`${model.labs.length} hands-on labs.`, `${model.sessions.length} recorded sessions and walkthroughs.`],
      notes: 'The training deck covers every lab; stakeholder training completion has no source yet and shows No data on the scorecard.',
    },
  ];
  if (slides.length > executiveSlideLimit) throw new Error(`Unexpected executive deck of ${slides.length} slides, expected at most ${executiveSlideLimit}`);
  return {id: 'executive', title: `${model.title}: executive summary`, slides};
}

/** The training deck: every lab, then the recorded sessions. */
export function trainingDeck(model: BinderPrintModel): Deck {
  return {
    id: 'training',
    title: `${model.title}: training labs`,
    slides: [
      titleSlide(model, `${model.title}: training labs`, 'Each lab is a page of the docs with checkpoints checked in the browser; progress stays in the browser.'),
      {
        title: 'The labs',
        table: {head: ['Lab', 'Duration', 'Steps', 'Audience'], rows: model.labs.map((l) => [l.title, l.duration, String(l.steps), l.audience])},
        notes: `${model.labs.length} labs, in the order the labs index lists them.`,
      },
      ...model.labs.map(
        (l): Slide => ({
          title: l.title,
          lead: `${l.audience} · ${l.duration} · ${l.steps} steps · ${l.url}`,
          bullets: l.outcomes.length ? l.outcomes : ['The lab states no outcomes.'],
          notes: `After this lab a learner can: ${l.outcomes.join('; ') || 'the lab states no outcomes'}. Every step ends in a checkpoint the page checks.`,
        }),
      ),
      {
        title: 'Recorded sessions',
        bullets: model.sessions.length ? model.sessions.map((s) => `${s.title} (${s.kind})`) : ['No recorded sessions yet.'],
        notes: 'Recordings carry a transcript by chapter, so they work without the video.',
      },
    ],
  };
}
