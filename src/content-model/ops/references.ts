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
  /** Checks one `ax` command; `inline` is true for a code span in prose, which may name a command without its arguments. Undefined when no spec is wired. */
  checkAxCommand?: (line: string, context: {inline: boolean}) => CommandCheck;
  /** Finds the `ax` commands of a page, with 1-based lines; defaults to the lines of its fenced code blocks. */
  findAxCommands?: (source: string) => {command: string; line: number; inline?: boolean}[];
}
