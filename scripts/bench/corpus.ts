import {mkdir, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';

/** A small deterministic PRNG, so every run builds the same corpus. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const areas = ['cli', 'runtime', 'marketplace', 'telemetry', 'governance', 'templates', 'auth', 'publishing', 'upgrades', 'operations'];
const owners = ['cli', 'runtime', 'product', 'devops', 'quality', 'docs'];
const kinds = ['guide', 'tutorial', 'reference', 'policy'];
const nouns = ['plugin', 'manifest', 'runtime', 'channel', 'token', 'template', 'datastore', 'policy', 'event', 'correlation ID', 'sandbox', 'release', 'permission', 'metric', 'dashboard'];
const verbs = ['validates', 'publishes', 'signs', 'rotates', 'scales', 'records', 'rejects', 'retries', 'exports', 'upgrades'];
const commands = ['ax plugin validate', 'ax plugin publish --channel sandbox', 'ax doctor', 'ax logs --correlation-id 7f3e-22a1', 'ax marketplace stats billing-sync --format csv --since 2026-10-01'];

/** Pages the site's own navigation links to, so a corpus build has no broken links. */
const anchorPages = ['start-here/index', 'contributing/index', 'contributing/checks', 'handoff/index', 'reference/ownership'];

export interface CorpusDoc {
  /** Path below the corpus root, without extension. */
  id: string;
  text: string;
}

function sentence(rand: () => number): string {
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  return `The ${pick(nouns)} ${pick(verbs)} the ${pick(nouns)} when the ${pick(nouns)} ${pick(verbs)} a ${pick(nouns)}.`;
}

/** One realistic doc: frontmatter, sections, a table, commands, TypeScript, and links to other docs and their anchors. */
function makeDoc(i: number, ids: readonly string[], rand: () => number, title: string): string {
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const rel = (target: string) => path.relative(path.dirname(ids[i]!), target) + '.md';
  const sections = ['Overview', 'How it works', 'Configuration', 'Troubleshooting', 'Limits'].slice(0, 3 + Math.floor(rand() * 3));
  // Links go to other generated docs only: the site's own pages differ between the two builds.
  const first = ids.length - generatedCount(ids);
  const other = ids[first + ((i - first + 1 + Math.floor(rand() * (ids.length - first - 1))) % (ids.length - first))]!;
  const kind = pick(kinds);
  const kindFields: Record<string, string[]> = {
    tutorial: [`level: ${pick(['beginner', 'intermediate', 'advanced'])}`, `duration_minutes: ${15 + Math.floor(rand() * 60)}`],
    policy: [`approved_by: [${pick(owners)}, product]`],
  };
  const lines = [
    '---',
    `title: ${title}`,
    `description: ${sentence(rand)}`,
    `kind: ${kind}`,
    ...(kindFields[kind] ?? []),
    `owner: ${pick(owners)}`,
    `last_reviewed: 2026-${String(9 + Math.floor(rand() * 3)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 20)).padStart(2, '0')}`,
    '---',
    '',
    `${sentence(rand)} ${sentence(rand)} See [a related page](${rel(other)}) and [its overview](${rel(other)}#overview).`,
    '',
  ];
  for (const s of sections) {
    lines.push(`## ${s}`, '', `${sentence(rand)} ${sentence(rand)} ${sentence(rand)}`, '');
    if (s === 'Configuration') {
      lines.push('| Setting | Default | Meaning |', '| --- | --- | --- |', `| \`timeout\` | 30 s | ${sentence(rand)} |`, `| \`retries\` | 3 | ${sentence(rand)} |`, '');
      lines.push('```ts', `export const settings = {timeout: ${Math.floor(rand() * 60)}, retries: 3, channel: 'sandbox'} as const;`, '```', '');
    }
    if (s === 'How it works') lines.push('```bash', pick(commands), '```', '', `- ${sentence(rand)}`, `- ${sentence(rand)}`, '');
    if (s === 'Troubleshooting') lines.push(`### Common errors`, '', `Run \`${pick(commands)}\` first. ${sentence(rand)}`, '');
  }
  return lines.join('\n');
}

const generatedCount = (ids: readonly string[]) => ids.filter((id) => id.includes('/topic-')).length;

/**
 * Generates `count` docs under `root`. With `navigation`, also the few pages a stock site's
 * navbar links to; without, the caller supplies the site's real pages beside them.
 */
export async function writeCorpus(root: string, count: number, options: {navigation: boolean; clean: boolean}, seed = 42): Promise<CorpusDoc[]> {
  const rand = prng(seed);
  const ids = [...(options.navigation ? anchorPages : []), ...Array.from({length: count}, (_, i) => `${areas[i % areas.length]}/topic-${String(i).padStart(5, '0')}`)];
  const docs = ids.map((id, i) => {
    const title = !id.includes('/topic-') ? id.split('/')[0]!.replace('-', ' ') : `${id.split('/')[0]} ${id.split('/')[1]!.replace('-', ' ')}`;
    return {id, text: makeDoc(i, ids, rand, title[0]!.toUpperCase() + title.slice(1))};
  });
  if (options.clean) await rm(root, {recursive: true, force: true});
  const folders = new Set(docs.map((d) => path.dirname(path.join(root, d.id))));
  for (const f of folders) await mkdir(f, {recursive: true});
  for (let i = 0; i < docs.length; i += 200) {
    await Promise.all(docs.slice(i, i + 200).map((d) => writeFile(path.join(root, `${d.id}.md`), d.text)));
  }
  return docs;
}
