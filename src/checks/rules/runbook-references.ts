import {alertNames} from '../../content-model/ops/alerts';
import type {OpsReferences} from '../../content-model/ops/references';

/**
 * The production wiring of the runbook checks: the alert list, the error catalog and the CLI spec.
 * The error catalog and CLI spec are owned by errors/ and src/cli-spec; until they are merged the
 * set of error IDs is empty, so any error-ID trigger fails, and commands are not checked.
 */
export function productionOpsReferences(): OpsReferences {
  return {errorIds: new Set<string>(), alertNames};
}
