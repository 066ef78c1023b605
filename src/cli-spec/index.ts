/**
 * The typed spec of the `ax` CLI. Pages render it (the CLI reference), and checks use it to
 * catch misspelled commands and flags anywhere the site writes an `ax …` line.
 */
export {cliSpec, listCommands, type CommandEntry} from './spec';
export {checkAxCommand, type CheckOptions} from './check';
export {findAxCommands, type FoundCommand} from './find';
export {tokenize, isPlaceholder, type Token} from './tokenize';
export {closest, editDistance} from '../text/edit-distance';
export {describeValue, matchesValue, valueHint} from './values';
export {synopsis, commandSlug} from './render';
export {outputFields, type OutputFieldRow} from './output-fields';
export type {ArgSpec, CheckResult, CliSpec, CommandSpec, ExampleSpec, FlagSpec, OutputSchema, ValueType} from './types';
