/**
 * What a script's `main` receives, so tests run it in-process with captured output. Exit codes:
 * 0 clean, 1 findings, 2 the tool failed (usage, unreadable input).
 */
export interface CliIo {
  argv: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Writes one block of text to standard output; a newline follows. */
  stdout: (text: string) => void;
  /** Writes one block of text to standard error; a newline follows. */
  stderr: (text: string) => void;
}

/** The process's own IO, for the thin bin at the end of a script. */
export const processIo = (): CliIo => ({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => console.log(text),
  stderr: (text) => console.error(text),
});

/** Runs a script's `main` as the process and exits with its code. */
export function runAsBin(main: (io: CliIo) => Promise<number>): void {
  main(processIo()).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(2);
    },
  );
}
