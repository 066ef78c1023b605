/**
 * The data files the errors plugin writes with `createData` in `contentLoaded`. They exist only
 * after a build or `npm start` has run, so their types are declared here for tsc on a fresh clone.
 */
declare module '@generated/ax-errors/default/cli-commands.json' {
  import type {CliCommandRow} from '@site/src/error-catalog/cli-pages';

  const commands: CliCommandRow[];
  export default commands;
}
