import type {z} from 'zod';
import {contentKinds, type ContentKind} from './kinds';
import type {ParsedFrontmatter} from './frontmatter';
import {frontmatterSchemas, type Frontmatter} from './schemas';

/** One thing wrong with a page's front matter, located in the file. */
export interface FrontmatterProblem {
  /** Top-level field at fault, or `''` for the block as a whole. */
  field: string;
  line: number;
  column: number;
  /** "Unexpected X, expected Y", naming the field, the value received and the value expected. */
  message: string;
}

export interface FrontmatterResult {
  /** The validated front matter, when there were no problems. */
  data?: Frontmatter;
  problems: FrontmatterProblem[];
}

/** Validates a page's front matter against the schema of the kind it declares. */
export function validateFrontmatter(fm: ParsedFrontmatter): FrontmatterResult {
  if (fm.errors.length) {
    return {
      problems: fm.errors.map((e) => ({field: '', line: e.line, column: e.column, message: `Unexpected YAML syntax (${e.message}), expected valid front matter`})),
    };
  }
  if (!fm.present) {
    return {problems: [{field: '', line: 1, column: 1, message: 'Unexpected page without front matter, expected a `---` block declaring kind, owner and last_reviewed'}]};
  }
  const kind = fm.data.kind;
  if (!contentKinds.includes(kind as ContentKind)) {
    return {problems: [problem(fm, 'kind', kind === undefined ? 'missing field "kind"' : `${show(kind)} for "kind"`, `one of: ${contentKinds.join(', ')}`)]};
  }
  const schema = frontmatterSchemas[kind as ContentKind] as z.ZodType<Frontmatter>;
  const result = schema.safeParse(fm.data, {reportInput: true});
  if (result.success) return {data: result.data, problems: []};
  return {problems: result.error.issues.flatMap((issue) => describe(fm, issue, kind as ContentKind))};
}

function describe(fm: ParsedFrontmatter, issue: z.core.$ZodIssue, kind: ContentKind): FrontmatterProblem[] {
  const field = String(issue.path[0] ?? '');
  const where = issue.path.length > 1 ? `"${issue.path.join('.')}"` : `"${field}"`;
  const input = (issue as {input?: unknown}).input;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = Object.keys(frontmatterSchemas[kind].shape);
      return issue.keys.map((key) => {
        const hint = closest(key, known);
        return problem(fm, key, `field "${key}" on a ${kind} page`, hint ? `a known field (did you mean "${hint}"?)` : `one of: ${known.join(', ')}`);
      });
    }
    case 'invalid_value':
      return [problem(fm, field, received(input, where), `one of: ${issue.values.map(String).join(', ')}`)];
    case 'invalid_type':
      return [problem(fm, field, received(input, where), input === undefined ? expectation(issue.expected, issue.message) : typeName(issue.expected))];
    case 'too_small':
      return [problem(fm, field, received(input, where), issue.origin === 'array' ? `at least ${issue.minimum} item(s)` : issue.origin === 'string' ? 'a non-empty string' : `a number ${issue.inclusive ? '>=' : '>'} ${issue.minimum}`)];
    case 'too_big':
      return [problem(fm, field, received(input, where), `a number <= ${issue.maximum}`)];
    default:
      return [problem(fm, field, received(input, where), issue.message.replace(/^expected /, ''))];
  }
}

function problem(fm: ParsedFrontmatter, field: string, unexpected: string, expected: string): FrontmatterProblem {
  const pos = (field && fm.position(field)) || {line: 1, column: 1};
  return {field, line: pos.line, column: pos.column, message: `Unexpected ${unexpected}, expected ${expected}`};
}

function received(input: unknown, where: string): string {
  return input === undefined ? `missing field ${where}` : `${show(input)} for ${where}`;
}

function expectation(expected: string, message: string): string {
  const custom = /^expected (.+)$/.exec(message);
  return custom && !custom[1]!.startsWith(expected) ? custom[1]! : typeName(expected);
}

function typeName(expected: string): string {
  return ({number: 'a number', string: 'a string', boolean: 'true or false', array: 'a list', object: 'a mapping'} as Record<string, string>)[expected] ?? expected;
}

function show(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (value instanceof Date) return `date ${value.toISOString().slice(0, 10)}`;
  return `${Array.isArray(value) ? 'list' : typeof value} ${JSON.stringify(value)}`;
}

function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

/** Levenshtein distance; used for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({length: b.length + 1}, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}
