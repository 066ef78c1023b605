import {copyFile, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';

export interface MarpHtmlDeck {
  markdown: string;
  /** Where the HTML deck goes. */
  html: string;
}

/**
 * Renders each deck with Marp CLI into an HTML deck: Marp's bespoke template, with keyboard
 * navigation, the presenter view and its notes. Marp CLI runs in this process through its API
 * (an HTML deck needs no browser), in a scratch folder; only finished files reach the build.
 */
export async function renderMarpHtmlDecks(decks: readonly MarpHtmlDeck[]): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), 'binder-decks-'));
  try {
    const inputs = decks.map((_, i) => path.join(work, `deck-${i}.md`));
    await Promise.all(decks.map((d, i) => writeFile(inputs[i]!, d.markdown)));
    const {marpCli} = await import('@marp-team/marp-cli');
    // No config lookup: the decks must not depend on a marp config somewhere above the build.
    const code = await marpCli(['--no-stdin', '--no-config-file', ...inputs]);
    if (code !== 0) throw new Error(`Unexpected Marp CLI exit code ${code} rendering ${inputs.length} HTML decks, expected 0 (its messages are above)`);
    await Promise.all(decks.map((d, i) => copyFile(path.join(work, `deck-${i}.html`), d.html)));
  } finally {
    await rm(work, {recursive: true, force: true});
  }
}
