/** The sections every runbook has, in this order (issue 7, after OpenShift's runbook layout). */
export const runbookSections = ['Triggers', 'Impact', 'Diagnosis', 'Mitigation', 'Recovery steps', 'Verification', 'Comms'] as const;
export type RunbookSection = (typeof runbookSections)[number];

/** Sections whose numbered items become drill checklist steps. */
const drillSections: ReadonlySet<string> = new Set(['Diagnosis', 'Mitigation', 'Recovery steps', 'Verification', 'Comms']);

export interface BodyHeading {
  text: string;
  /** 1-based line in the whole file. */
  line: number;
}

export interface BodyStep {
  /** `section-slug-N`, stable while the list keeps its order. */
  id: string;
  section: string;
  /** The item's text with Markdown emphasis and links reduced to plain text. */
  text: string;
  line: number;
}

export interface BodyCommand {
  /** The command as written, starting with `ax `. */
  command: string;
  line: number;
}

export interface RunbookBody {
  /** Level-2 headings, in order. */
  headings: BodyHeading[];
  steps: BodyStep[];
  /** `ax` commands inside fenced code blocks. */
  commands: BodyCommand[];
}

/** Reads a runbook's body: its `##` headings, numbered steps and the `ax` commands in code blocks. */
export function parseRunbookBody(source: string): RunbookBody {
  const lines = source.split(/\r?\n/);
  const headings: BodyHeading[] = [];
  const steps: BodyStep[] = [];
  const commands: BodyCommand[] = [];
  let fence: string | undefined;
  let section: string | undefined;
  let counter = 0;
  let inFrontmatter = lines[0]?.trim() === '---';
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (inFrontmatter) {
      if (i > 0 && raw.trim() === '---') inFrontmatter = false;
      return;
    }
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(raw);
    if (fenceMatch) {
      if (!fence) fence = fenceMatch[1];
      else if (raw.trim().startsWith(fence)) fence = undefined;
      return;
    }
    if (fence) {
      const cmd = /^\s*(?:\$\s+)?(ax\s.*?)\s*$/.exec(raw);
      if (cmd) commands.push({command: cmd[1]!, line});
      return;
    }
    const heading = /^##\s+(.+?)\s*#*\s*$/.exec(raw);
    if (heading) {
      headings.push({text: heading[1]!, line});
      section = heading[1]!;
      counter = 0;
      return;
    }
    const item = /^\d+\.\s+(.+)$/.exec(raw);
    if (item && section && drillSections.has(section)) {
      counter++;
      steps.push({id: `${slug(section)}-${counter}`, section, text: plain(item[1]!), line});
    }
  });
  return {headings, steps, commands};
}

/** A problem with a runbook's section layout. */
export interface SectionProblem {
  line: number;
  message: string;
}

/** Checks that every required section is present, once, in order. */
export function checkRunbookSections(body: RunbookBody, lastLine: number): SectionProblem[] {
  const problems: SectionProblem[] = [];
  const required = runbookSections as readonly string[];
  const found = body.headings.filter((h) => required.includes(h.text));
  let expectedIndex = 0;
  for (const h of found) {
    const index = required.indexOf(h.text);
    if (index < expectedIndex) {
      problems.push({line: h.line, message: `Unexpected section "## ${h.text}" here, expected the sections in this order: ${required.join(', ')}`});
      continue;
    }
    expectedIndex = index + 1;
  }
  for (const name of required) {
    const count = found.filter((h) => h.text === name).length;
    if (count === 0) {
      const next = found.find((h) => required.indexOf(h.text) > required.indexOf(name));
      problems.push({line: next?.line ?? lastLine, message: `Unexpected missing section "## ${name}", expected every runbook to have: ${required.join(', ')}`});
    } else if (count > 1) {
      const second = found.filter((h) => h.text === name)[1]!;
      problems.push({line: second.line, message: `Unexpected second "## ${name}" section, expected it once`});
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function plain(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*_]{1,2}([^*_]+)[*_]{1,2}/g, '$1')
    .trim();
}
