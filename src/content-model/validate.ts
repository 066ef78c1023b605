import type {z} from 'zod';
import {show, zodProblems, type ZodProblem} from '../checks/zod-finding';
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
    const received = kind === undefined ? 'missing field "kind"' : `${show(kind)} for "kind"`;
    return {problems: [located(fm, {path: ['kind'], message: `Unexpected ${received}, expected one of: ${contentKinds.join(', ')}`})]};
  }
  const schema = frontmatterSchemas[kind as ContentKind];
  const result = (schema as z.ZodType<Frontmatter>).safeParse(fm.data, {reportInput: true});
  if (result.success) return {data: result.data, problems: []};
  const problems = zodProblems(result.error, {root: `on a ${kind} page`, knownFields: (path) => (path.length ? undefined : Object.keys(schema.shape))});
  return {problems: problems.map((p) => located(fm, p))};
}

/** A problem at its top-level field's line; front matter is flat enough that this is the line to fix. */
function located(fm: ParsedFrontmatter, problem: ZodProblem): FrontmatterProblem {
  const field = String(problem.path[0] ?? '');
  const pos = (field && fm.position(field)) || {line: 1, column: 1};
  return {field, line: pos.line, column: pos.column, message: problem.message};
}
