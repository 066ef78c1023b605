import type {OptionValidationContext} from '@docusaurus/types';
import type * as z from 'zod';
import {zodProblems} from '../../src/checks/zod-finding';

/**
 * Builds a plugin's `validateOptions` from its zod schema. Every plugin reports bad options the same
 * way, worded by the one zod formatter: the plugin named, then each offending option's path, the
 * value received and the value expected.
 */
export function optionsValidator<S extends z.ZodType<Record<string, unknown>>>(pluginName: string, schema: S) {
  type Input = z.input<S>;
  type Output = z.output<S> & {id: string};
  return function validateOptions({options}: OptionValidationContext<Input | undefined, Output>): Output {
    const {id = 'default', ...rest} = (options ?? {}) as Input & {id?: string};
    const parsed = schema.safeParse(rest);
    if (!parsed.success) {
      const known = 'shape' in schema ? Object.keys((schema as unknown as z.ZodObject).shape) : undefined;
      const problems = zodProblems(parsed.error, {input: rest, root: 'in the options', knownFields: (path) => (path.length ? undefined : known)});
      throw new Error(`${pluginName} options in docusaurus.config.ts: ${problems.map((p) => p.message).join('; ')}`);
    }
    return {...(parsed.data as z.output<S>), id};
  };
}
