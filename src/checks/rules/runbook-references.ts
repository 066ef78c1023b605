import {activeErrors} from '../../error-catalog';
import {checkAxCommand, findAxCommands} from '../../cli-spec';
import {alertNames} from '../../content-model/ops/alerts';
import type {OpsReferences} from '../../content-model/ops/references';

/**
 * The production wiring of the runbook checks: the alert list, the active IDs of the error
 * catalog in errors/ and the CLI spec in src/cli-spec. Commands in code blocks are checked
 * strictly (required flags and arguments present) because they are meant to be pasted as they
 * stand; inline code in prose may name a command without its arguments.
 */
export function productionOpsReferences(): OpsReferences {
  return {
    errorIds: new Set(activeErrors().map((e) => e.id)),
    alertNames,
    checkAxCommand: (line, {inline}) => {
      // Unknown commands, flags and values are reported for every page by cli/ax-commands;
      // runbooks add only what a pasted command must also have: its required flags and arguments.
      if (inline || !checkAxCommand(line).ok) return {ok: true};
      return checkAxCommand(line, {strict: true});
    },
    findAxCommands,
  };
}
