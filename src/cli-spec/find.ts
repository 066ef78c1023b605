/** An `ax …` command found in Markdown or text, with its 1-based line. */
export interface FoundCommand {
  command: string;
  line: number;
  /** Found in an inline code span rather than a shell code block. */
  inline?: boolean;
}

const SHELL_LANGUAGES = new Set(['bash', 'sh', 'shell', 'console', 'zsh', 'shell-session', 'shellsession']);
const FENCE = /^\s{0,3}(`{3,}|~{3,})\s*([\w-]*)/;
const COMMAND_LINE = /^\s*(?:\$\s+)?(ax(?:\s.*)?)$/;

/**
 * Finds `ax …` commands in Markdown: lines of bash/sh/shell/console code blocks that start
 * with `ax ` or `$ ax ` (joining `\` continuations), and inline code spans that start with
 * `ax `. Code blocks in other languages are skipped.
 */
export function findAxCommands(markdownOrText: string): FoundCommand[] {
  const lines = markdownOrText.split(/\r?\n/);
  const found: FoundCommand[] = [];
  let fence: {marker: string; shell: boolean} | undefined;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    const open = FENCE.exec(text);
    if (fence) {
      if (open && open[1]!.startsWith(fence.marker) && open[1]![0] === fence.marker[0] && !open[2]) {
        fence = undefined;
        continue;
      }
      if (!fence.shell) continue;
      const m = COMMAND_LINE.exec(text);
      if (!m) continue;
      let command = m[1]!.trimEnd();
      const start = i;
      while (command.endsWith('\\') && i + 1 < lines.length) {
        i++;
        command = `${command.slice(0, -1).trimEnd()} ${lines[i]!.trim()}`;
      }
      found.push({command: command.replace(/\\$/, '').trimEnd(), line: start + 1});
      continue;
    }
    if (open) {
      fence = {marker: open[1]!, shell: SHELL_LANGUAGES.has(open[2]!.toLowerCase())};
      continue;
    }
    for (const span of text.matchAll(/(`+)(?!`)(.+?)(?<!`)\1(?!`)/g)) {
      const code = span[2]!.trim();
      if (/^ax\s/.test(code)) found.push({command: code, line: i + 1, inline: true});
    }
  }
  return found;
}
