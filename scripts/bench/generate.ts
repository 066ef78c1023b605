import {execFileSync} from 'node:child_process';
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';

/** A fault the generator planted, where `check` must report it. */
export interface PlantedFault {
  file: string;
  line: number;
  ruleId: string;
}

export interface GeneratedTree {
  root: string;
  docs: number;
  faults: PlantedFault[];
  /** A doc to touch for the `--changed` run. */
  touchFile: string;
}

const teams = ['cli', 'quality', 'runtime', 'devops', 'product', 'docs'];
const words = ['plugin', 'runtime', 'marketplace', 'telemetry', 'manifest', 'sandbox', 'registry', 'signing', 'quota', 'rollout', 'template', 'cache'];
const perFolder = 100;
export const benchToday = '2026-11-24';
const committed = '2026-10-01';

/** Deterministic pseudo-random numbers, so every run builds the same tree. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const folderOf = (i: number) => `area-${String(Math.floor(i / perFolder)).padStart(3, '0')}`;
const nameOf = (i: number) => `topic-${String(i).padStart(5, '0')}`;
const extOf = (i: number) => (i % 4 === 3 ? 'mdx' : 'md');
const fileOf = (i: number) => `docs/${folderOf(i)}/${nameOf(i)}.${extOf(i)}`;
const routeOf = (i: number) => `/docs/${folderOf(i)}/${nameOf(i)}`;

function git(root: string, args: string[], date: string): void {
  execFileSync('git', ['-C', root, ...args], {
    env: {...process.env, GIT_AUTHOR_DATE: `${date}T09:00:00Z`, GIT_COMMITTER_DATE: `${date}T09:00:00Z`, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@ax.example', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@ax.example'},
    stdio: 'ignore',
    maxBuffer: 1 << 28,
  });
}

/**
 * Writes `count` docs with realistic front matter (every kind but runbook, covers globs),
 * MDX imports and JSX headings, explicit ids, code fences holding link-like text, tables,
 * relative and absolute links with anchors; plants one fault per rule, records where, and
 * commits the tree to git with known dates so drift is checkable.
 */
export function generateTree(root: string, count: number): GeneratedTree {
  rmSync(root, {recursive: true, force: true});
  mkdirSync(path.join(root, 'src/pages'), {recursive: true});
  mkdirSync(path.join(root, 'src/lib'), {recursive: true});
  const rand = rng(count);
  const faults: PlantedFault[] = [];
  const at = (i: number) => Math.floor(count * i);
  const plant = {
    brokenLink: at(0.11),
    brokenAnchor: at(0.23),
    stale: at(0.37),
    future: at(0.41),
    owner: at(0.53),
    schema: at(0.59),
    duplicate: at(0.67),
    drift: at(0.71),
    dueSoon: at(0.83),
    jsxBroken: at(0.97) - ((at(0.97) % 4) - 3), // an .mdx doc
  };
  for (let i = 0; i < count; i++) {
    const file = fileOf(i);
    const kind = ['guide', 'reference', 'tutorial', 'policy', 'guide'][i % 5]!;
    const owner = teams[i % teams.length]!;
    let reviewed = `2026-11-${String(1 + Math.floor(rand() * 23)).padStart(2, '0')}`;
    const fm: string[] = [`title: ${words[i % words.length]} ${words[(i * 7) % words.length]} topic ${i}`, `description: How ${words[(i * 3) % words.length]} works for topic ${i}.`, `kind: ${kind}`];
    fm.push(`owner: ${i === plant.owner ? 'platform-team' : owner}`);
    if (i === plant.stale) reviewed = '2025-01-10';
    if (i === plant.future) reviewed = '2027-02-01';
    if (i === plant.dueSoon) reviewed = kind === 'guide' || kind === 'policy' ? '2026-06-10' : kind === 'tutorial' ? '2026-08-05' : '2025-12-20';
    if (i === plant.drift) reviewed = '2026-10-20';
    fm.push(`last_reviewed: ${reviewed}`);
    if (kind === 'tutorial') fm.push('duration_minutes: 30', 'level: beginner');
    if (kind === 'policy') fm.push('approved_by:', `  - ${owner}`);
    if (i % 5 === 1 || i === plant.drift) fm.push('covers:', `  - ${i === plant.drift ? 'src/drift-target.ts' : `src/lib/mod-${i % 20}/**`}`);
    if (i === plant.schema) fm.push('reviewd_by: docs');
    if (i === plant.duplicate) fm.push(`slug: /${folderOf(i - 1)}/${nameOf(i - 1)}`);
    const lines = ['---', ...fm, '---', ''];
    const faultLine = (ruleId: string, fmField?: string) => {
      const line = fmField ? lines.findIndex((l) => l.startsWith(`${fmField}:`)) + 1 : lines.length + 1;
      faults.push({file, line, ruleId});
    };
    if (i === plant.owner) faultLine('frontmatter/owner', 'owner');
    if (i === plant.stale) faultLine('freshness/stale', 'last_reviewed');
    if (i === plant.future) faultLine('frontmatter/last-reviewed', 'last_reviewed');
    if (i === plant.dueSoon) faultLine('freshness/due-soon', 'last_reviewed');
    if (i === plant.drift) faultLine('freshness/drift', 'covers');
    if (i === plant.schema) faultLine('frontmatter/schema', 'reviewd_by');
    if (i === plant.duplicate) faultLine('routes/duplicate', 'slug');
    const mdx = extOf(i) === 'mdx';
    if (mdx) lines.push("import Heading from '@theme/Heading';", '');
    // The planted duplicate loses its own URL, so nothing else links to it by URL.
    const safe = (x: number) => (x === plant.duplicate ? (x + 2) % count : x);
    const next = safe((i + 1) % count);
    const far = safe(Math.floor(rand() * count));
    const farRel = path.posix.relative(path.posix.dirname(file), fileOf(far));
    lines.push(`This page explains the ${words[i % words.length]} of topic ${i}. Start with [the next topic](${path.posix.relative(path.posix.dirname(file), fileOf(next))}) and`);
    lines.push(`read [its setup](${routeOf(far)}#setup) or the [details](${farRel}#details-for-${far}).`);
    lines.push('');
    if (i === plant.brokenLink) {
      faultLine('links/broken');
      lines.push(`A [retired page](../${folderOf(i)}/retired-${i}.md) used to live here.`, '');
    }
    if (i === plant.brokenAnchor) {
      faultLine('links/anchor');
      lines.push(`See [the limits](${routeOf(far)}#limits-that-do-not-exist).`, '');
    }
    lines.push('## Setup', '', `1. Check the ${words[(i + 1) % words.length]} with \`ax plugin validate\`.`, `2. Check the [ownership matrix](/docs/reference/ownership#team-${owner}) for who to ask.`, '');
    lines.push('```bash', `ax plugin init topic-${i} --template workflow # see [not a link](./nowhere.md)`, '## not a heading', '```', '');
    lines.push(`## Details {#details-for-${i}}`, '', '| Setting | Default | See |', '| --- | --- | --- |', `| \`timeout\` | 30 s | [setup](#setup) |`, `| \`retries\` | 3 | [the next topic](${routeOf(next)}) |`, '');
    if (mdx) {
      lines.push(`<Heading as="h3" id="jsx-${i}">Made by a component</Heading>`, '');
      if (i === plant.jsxBroken) {
        faultLine('links/broken');
        lines.push('<Link to="/docs/area-999/never-written">the old guide</Link>', '');
      } else lines.push(`<Link to="${routeOf(next)}#setup">the next topic</Link>`, '');
    }
    lines.push('## Setup', '', `The second setup section is [linked](#setup-1) too. ${'Prose about the platform. '.repeat(4)}`, '');
    mkdirSync(path.join(root, path.dirname(file)), {recursive: true});
    writeFileSync(path.join(root, file), lines.join('\n'));
  }
  // The site around the docs: a reference page with the matrix, a page, redirects, permalinks, covered sources.
  mkdirSync(path.join(root, 'docs/reference'), {recursive: true});
  writeFileSync(path.join(root, 'docs/reference/ownership.mdx'), `---\ntitle: Ownership\ndescription: Owners.\nkind: reference\nowner: docs\nlast_reviewed: 2026-11-02\n---\n\nimport OwnershipMatrix from '@theme/OwnershipMatrix';\n\n<OwnershipMatrix />\n`);
  writeFileSync(path.join(root, 'src/pages/index.tsx'), 'export default function Home() {\n  return null;\n}\n');
  for (let m = 0; m < 20; m++) {
    mkdirSync(path.join(root, `src/lib/mod-${m}`), {recursive: true});
    writeFileSync(path.join(root, `src/lib/mod-${m}/index.ts`), `export const mod${m} = ${m};\n`);
  }
  writeFileSync(path.join(root, 'src/drift-target.ts'), 'export const target = 1;\n');
  const redirects = ['- from: /docs/old/ok', `  to: ${routeOf(1)}`, '- from: /docs/old/chain', '  to: /docs/old/ok', '- from: /docs/old/loop-a', '  to: /docs/old/loop-b', '- from: /docs/old/loop-b', '  to: /docs/old/loop-a', '- from: /docs/old/gone', '  to: /docs/never-existed'];
  writeFileSync(path.join(root, 'redirects.yml'), `${redirects.join('\n')}\n`);
  faults.push({file: 'redirects.yml', line: 3, ruleId: 'redirects/chain'}, {file: 'redirects.yml', line: 5, ruleId: 'redirects/loop'}, {file: 'redirects.yml', line: 7, ruleId: 'redirects/loop'}, {file: 'redirects.yml', line: 9, ruleId: 'redirects/target'});
  const published = ['# published', ...Array.from({length: Math.min(count, 500)}, (_, i) => i * Math.floor(count / Math.min(count, 500))).filter((i) => i !== plant.duplicate).map(routeOf), '/docs/old/ok', '/docs/area-000/withdrawn'];
  writeFileSync(path.join(root, 'published-urls.txt'), `${published.join('\n')}\n`);
  faults.push({file: 'published-urls.txt', line: published.length, ruleId: 'permalinks/missing'});
  writeFileSync(
    path.join(root, '.markdownlint-cli2.jsonc'),
    JSON.stringify({config: {default: true, MD013: false, MD033: false, MD041: false, MD025: {front_matter_title: '^\\s*title\\s*[:=]'}}, globs: ['docs/**/*.{md,mdx}']}),
  );
  git(root, ['init', '-q', '-b', 'main'], committed);
  git(root, ['add', '-A'], committed);
  git(root, ['commit', '-q', '-m', 'docs'], committed);
  writeFileSync(path.join(root, 'src/drift-target.ts'), 'export const target = 2;\n');
  git(root, ['commit', '-q', '-am', 'change the covered source'], '2026-11-10');
  faults.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.ruleId.localeCompare(b.ruleId));
  return {root, docs: count + 1, faults, touchFile: fileOf(Math.floor(count / 2))};
}
