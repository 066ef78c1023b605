import type {OutputSchema} from '../cli-spec/types';

/**
 * Validates parsed JSON against an output schema of the CLI spec (the subset of JSON Schema
 * it uses), in the browser as in tests. Small on purpose: a full validator would be most of
 * a lab page's script, for keywords the spec never writes.
 */
export function validateOutput(schema: OutputSchema, value: unknown, at = ''): string[] {
  const where = at || 'the top level';
  const got = describe(value);
  switch (schema.type) {
    case 'object': {
      if (!isRecord(value)) return [`Unexpected ${got} at ${where}, expected an object`];
      const missing = (schema.required ?? []).filter((k) => !(k in value)).map((k) => `Missing field \`${join(at, k)}\`, expected ${expectation(schema.properties[k]!)}`);
      const fields = Object.entries(schema.properties).flatMap(([k, sub]) => (k in value ? validateOutput(sub, value[k], join(at, k)) : []));
      const extra = schema.additionalProperties === false ? Object.keys(value).filter((k) => !(k in schema.properties)).map((k) => `Unexpected field \`${join(at, k)}\`, expected only ${Object.keys(schema.properties).join(', ')}`) : [];
      return [...missing, ...fields, ...extra];
    }
    case 'array': {
      if (!Array.isArray(value)) return [`Unexpected ${got} at ${where}, expected a list`];
      if (schema.minItems !== undefined && value.length < schema.minItems) return [`Unexpected ${value.length} item(s) at ${where}, expected at least ${schema.minItems}`];
      // One message per failing item is plenty: the first failing item shows what is wrong.
      for (const [i, item] of value.entries()) {
        const problems = validateOutput(schema.items, item, `${at}[${i}]`);
        if (problems.length) return problems;
      }
      return [];
    }
    case 'string':
      if (typeof value !== 'string') return [`Unexpected ${got} at \`${at}\`, expected ${expectation(schema)}`];
      if (schema.enum && !schema.enum.includes(value)) return [`Unexpected ${got} at \`${at}\`, expected one of ${schema.enum.join(', ')}`];
      if (schema.pattern && !new RegExp(schema.pattern).test(value)) return [`Unexpected ${got} at \`${at}\`, expected ${schema.description?.replace(/\.$/, '').toLowerCase() ?? 'a value'} matching ${schema.pattern}`];
      return [];
    case 'integer':
    case 'number':
      if (typeof value !== 'number' || (schema.type === 'integer' && !Number.isInteger(value))) return [`Unexpected ${got} at \`${at}\`, expected ${expectation(schema)}`];
      if (schema.minimum !== undefined && value < schema.minimum) return [`Unexpected ${got} at \`${at}\`, expected at least ${schema.minimum}`];
      return [];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`Unexpected ${got} at \`${at}\`, expected true or false`];
  }
}

/** The value at a dotted path such as `lines[0].plugin`, or undefined. */
export function valueAt(value: unknown, path: string): unknown {
  return path
    .split(/\.|\[(\d+)\]/)
    .filter((part) => part !== undefined && part !== '')
    .reduce<unknown>((v, key) => (Array.isArray(v) ? v[Number(key)] : isRecord(v) ? v[key] : undefined), value);
}

function expectation(schema: OutputSchema): string {
  if (schema.type === 'string') return schema.enum ? `one of ${schema.enum.join(', ')}` : 'a string';
  if (schema.type === 'integer') return 'a whole number';
  if (schema.type === 'array') return 'a list';
  return schema.type === 'object' ? 'an object' : `a ${schema.type}`;
}

const join = (at: string, key: string) => (at ? `${at}.${key}` : key);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return String(value);
}
