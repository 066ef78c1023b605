/** A fenced TypeScript sample in the migration guide, with the API version it claims. */
export interface GuideSample {
  /** Path of the guide, relative to the site root. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** `v1` or `v2`, from the fence's `title="v1 …"` meta. */
  api: string;
  code: string;
}

const HEADING_ID = /^#{2,6}\s.*\{#([a-z0-9-]+)\}\s*$/;
const FENCE_OPEN = /^(`{3,})(ts|tsx|typescript)\b(.*)$/;

/** Anchor ids of the guide's steps: headings with an explicit `{#id}`. */
export function guideSteps(source: string): string[] {
  const steps: string[] = [];
  let fence: string | undefined;
  for (const line of source.split('\n')) {
    const f = /^(`{3,})/.exec(line);
    if (f) fence = fence ? (line.trim() === fence ? undefined : fence) : f[1];
    else if (!fence) {
      const m = HEADING_ID.exec(line);
      if (m) steps.push(m[1]!);
    }
  }
  return steps;
}

/**
 * The guide's TypeScript samples that name an API version. A sample's fence carries
 * `title="v1 …"` or `title="v2 …"`; samples without one are not compiled.
 */
export function guideSamples(file: string, source: string): GuideSample[] {
  const samples: GuideSample[] = [];
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE_OPEN.exec(lines[i]!);
    if (!open) continue;
    const api = /title="(v\d+)\b/.exec(open[3] ?? '')?.[1];
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && lines[j]!.trim() !== open[1]; j++) body.push(lines[j]!);
    if (api) samples.push({file, line: i + 1, api, code: body.join('\n')});
    i = j;
  }
  return samples;
}

/** Step titles by anchor id, with `{#id}` stripped: `events` → `Step 5: Subscribe to typed events`. */
export function guideStepTitles(source: string): Map<string, string> {
  const titles = new Map<string, string>();
  for (const line of source.split('\n')) {
    const m = /^#{2,6}\s+(.*?)\s*\{#([a-z0-9-]+)\}\s*$/.exec(line);
    if (m) titles.set(m[2]!, m[1]!);
  }
  return titles;
}
