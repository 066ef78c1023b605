import type {OutputSchema} from './types';

/* Type-only imports: the CLI reference page imports this in the browser, without the spec. */

/** One field of a command's JSON output, flattened for a table: `lines[].plugin`, `one of a, b`. */
export interface OutputFieldRow {
  path: string;
  type: string;
  description: string;
}

/** The fields of an output schema, depth first, as the CLI reference's output table lists them. */
export function outputFields(schema: OutputSchema, at = ''): OutputFieldRow[] {
  const type = schema.type === 'string' && schema.enum ? `one of ${schema.enum.join(', ')}` : schema.type === 'array' ? `list of ${schema.items.type}` : schema.type;
  const here = at ? [{path: at, type, description: schema.description ?? ''}] : [];
  if (schema.type === 'object') return [...here, ...Object.entries(schema.properties).flatMap(([k, sub]) => outputFields(sub, at ? `${at}.${k}` : k))];
  if (schema.type === 'array' && schema.items.type === 'object') return [...here, ...outputFields(schema.items, `${at}[]`).filter((r) => r.path !== `${at}[]`)];
  return here;
}
