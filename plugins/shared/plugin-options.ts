import type {OptionValidationContext} from '@docusaurus/types';
import type * as z from 'zod';

/**
 * Builds a plugin's `validateOptions` from its zod schema. Every plugin reports bad options the same
 * way: the plugin named, each offending option's path, what was received and what was expected.
 */
export function optionsValidator<S extends z.ZodType<Record<string, unknown>>>(pluginName: string, schema: S) {
  type Input = z.input<S>;
  type Output = z.output<S> & {id: string};
  return function validateOptions({options}: OptionValidationContext<Input | undefined, Output>): Output {
    const {id = 'default', ...rest} = (options ?? {}) as Input & {id?: string};
    const parsed = schema.safeParse(rest);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `\`${i.path.join('.') || '(options)'}\`: ${i.message}`).join('; ');
      throw new Error(`${pluginName} options in docusaurus.config.ts: ${issues}`);
    }
    return {...(parsed.data as z.output<S>), id};
  };
}
