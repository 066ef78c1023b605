/** A word of a command line, with whether it was a placeholder such as `<cid>` or `${VERSION}`. */
export interface Token {
  value: string;
  placeholder: boolean;
  /** Written in quotes, so never a flag or a command word. */
  quoted: boolean;
}

const PLACEHOLDER = /<[^<>\s]+>|\$\{[^}]+\}|^\$[A-Za-z_][A-Za-z0-9_]*$/;

/** True when a word stands for a value the reader fills in (`<cid>`, `${VERSION}`, `$TAG`), so any value type accepts it. */
export function isPlaceholder(word: string): boolean {
  return PLACEHOLDER.test(word);
}

/**
 * Splits one shell command into words, honouring quotes, and stops at what ends the `ax`
 * command: a pipe, `&&`, `;`, a redirect or a comment.
 */
export function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && /\s/.test(line[i]!)) i++;
    if (i >= line.length) break;
    const c = line[i]!;
    if (c === '#' || c === '|' || c === ';' || c === '>' || (c === '<' && !/^<[^<>\s]+>/.test(line.slice(i))) || (c === '&' && line[i + 1] === '&')) break;
    let word = '';
    let quoted = false;
    while (i < line.length && !/\s/.test(line[i]!)) {
      const ch = line[i]!;
      if (ch === '"' || ch === "'") {
        const end = line.indexOf(ch, i + 1);
        const stop = end === -1 ? line.length : end;
        word += line.slice(i + 1, stop);
        quoted = true;
        i = stop + 1;
        continue;
      }
      if (ch === '<') {
        const end = line.indexOf('>', i);
        if (end !== -1 && !/\s/.test(line.slice(i, end))) {
          word += line.slice(i, end + 1);
          i = end + 1;
          continue;
        }
      }
      if (ch === '|' || ch === ';') break;
      word += ch;
      i++;
    }
    tokens.push({value: word, placeholder: isPlaceholder(word), quoted});
  }
  return tokens;
}
