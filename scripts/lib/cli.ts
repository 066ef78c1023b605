/**
 * The one shape of a script's command line. Every script exports
 * `main(io: CliIo): Promise<number>` and ends with a thin bin:
 *
 *     if (require.main === module) runBin(main);
 *
 * so tests call `main` with their own arguments, folder, environment and output, and read the
 * exit code instead of the process's.
 */

/** Where a script writes text; `process.stdout` and `process.stderr` are two. */
export interface TextSink {
  write(text: string): unknown;
}

/** Everything a script's `main` reads from or writes to its process. */
export interface CliIo {
  /** Arguments after the script's name. */
  argv: readonly string[];
  /** Folder relative paths are resolved against. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Results: what a caller pipes or parses. */
  stdout: TextSink;
  /** Progress, warnings and why the tool failed. */
  stderr: TextSink;
}

/** A script's entry point. */
export type CliMain = (io: CliIo) => Promise<number>;

/** Exit codes every script uses. */
export const exitCode = {
  /** Done; nothing wrong found. */
  clean: 0,
  /** Done; what was checked has errors (or a benchmark missed its target). */
  findings: 1,
  /** The tool itself could not do its job: bad arguments, missing input, a crash. */
  toolFailure: 2,
} as const;

/** Writes `text` and a newline: the `console.log` of a sink. */
export function writeLine(sink: TextSink, text = ''): void {
  sink.write(`${text}\n`);
}

/**
 * The start every script with a usage line shares: `--help` prints the usage (exit 0); options
 * that `parse` refuses (it returns the message) print the message and the usage (exit 2).
 * Returns the parsed options, or the exit code to return at once.
 */
export function parseOrUsage<T>(io: Pick<CliIo, 'argv' | 'stdout' | 'stderr'>, usage: string, parse: (argv: readonly string[]) => T | string): T | {exit: number} {
  if (io.argv.includes('--help')) {
    writeLine(io.stdout, usage);
    return {exit: exitCode.clean};
  }
  const options = parse(io.argv);
  if (typeof options === 'string') {
    writeLine(io.stderr, `${options}\n${usage}`);
    return {exit: exitCode.toolFailure};
  }
  return options;
}

/** The running process's own arguments, folder, environment and streams. */
export function processIo(): CliIo {
  return {argv: process.argv.slice(2), cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr};
}

/**
 * Runs `main` as the process's command: a crash is a tool failure (exit 2) with its message on
 * stderr. Sets `process.exitCode` rather than exiting, so buffered output is flushed first;
 * `exitWhenDone` exits at once instead, for scripts whose browser, workers or HTTP agents would
 * otherwise keep the process alive.
 */
export function runBin(main: CliMain, options: {exitWhenDone?: boolean; io?: CliIo} = {}): void {
  const io = options.io ?? processIo();
  const finish = (code: number) => {
    process.exitCode = code;
    if (options.exitWhenDone) process.exit(code);
  };
  main(io).then(finish, (error: unknown) => {
    writeLine(io.stderr, `${(error as Error)?.stack ?? String(error)}`);
    finish(exitCode.toolFailure);
  });
}

/** An in-memory `CliIo` for tests: what was written, as text and as lines. */
export function memoryIo(overrides: Partial<Pick<CliIo, 'argv' | 'cwd' | 'env'>> = {}) {
  let out = '';
  let err = '';
  const io: CliIo = {
    argv: [],
    cwd: process.cwd(),
    env: {},
    ...overrides,
    stdout: {write: (text: string) => (out += text)},
    stderr: {write: (text: string) => (err += text)},
  };
  const lines = (text: string) => (text ? text.replace(/\n$/, '').split('\n') : []);
  return {io, stdout: () => out, stderr: () => err, stdoutLines: () => lines(out), stderrLines: () => lines(err)};
}
