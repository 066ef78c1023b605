/** The result of checking one `ax` command line against the CLI spec. */
export type CommandCheck = {ok: true} | {ok: false; message: string};

/**
 * Facts owned by other typed sources that the runbook checks judge against: the error catalog's
 * IDs and the CLI spec. Injected so the rules can be tested with small sets.
 */
export interface OpsReferences {
  /** Every known error ID; triggers naming another ID fail. */
  errorIds: ReadonlySet<string>;
  /** Every known alert name. */
  alertNames: ReadonlySet<string>;
  /** Checks one `ax` command; undefined when no spec is wired. */
  checkAxCommand?: (line: string) => CommandCheck;
}
