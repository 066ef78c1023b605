import type {LoadContext, OptionValidationContext, Plugin, PluginConfig, PluginModule, PluginOptions} from '@docusaurus/types';

/** A plugin as this site writes them: typed options in, validated options out. */
export interface TypedPlugin<In, Out, Content> {
  (context: LoadContext, options: Out): Plugin<Content> | null | Promise<Plugin<Content> | null>;
  validateOptions(data: OptionValidationContext<In | undefined, Out>): Out;
}

/**
 * A `plugins` entry whose options are type-checked against what the plugin accepts, so a typo
 * in `docusaurus.config.ts` fails `tsc` rather than the build. Docusaurus types every plugin
 * as taking `unknown` options; the wrapper below is the one place that bridges the two, and
 * its options are the ones `validateOptions` returned, so the narrowing is sound.
 */
export function pluginEntry<In extends object, Out, Content>(plugin: TypedPlugin<In, Out, Content>, options: In): PluginConfig {
  const module: PluginModule<Content> = (context, validated) => plugin(context, validated as Out);
  module.validateOptions = ((data: OptionValidationContext<In | undefined, Out>) => plugin.validateOptions(data)) as PluginModule['validateOptions'];
  return [module as PluginModule, options as PluginOptions];
}
