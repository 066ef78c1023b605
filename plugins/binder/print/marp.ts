import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';

/**
 * Renders each deck's Marp Markdown with Marp CLI into an HTML deck: Marp's bespoke template,
 * with keyboard navigation, the presenter view and its notes. Marp CLI runs in this process
 * through its API (an HTML deck needs no browser), in a scratch folder; the decks come back as
 * text, so they can be rendered before the build has a folder to write them to.
 */
export async function renderMarpHtmlDecks(markdowns: readonly string[]): Promise<string[]> {
  const work = await mkdtemp(path.join(tmpdir(), 'binder-decks-'));
  try {
    const inputs = markdowns.map((_, i) => path.join(work, `deck-${i}.md`));
    await Promise.all(markdowns.map((markdown, i) => writeFile(inputs[i]!, markdown)));
    const {marpCli} = await import('@marp-team/marp-cli');
    // No config lookup: the decks must not depend on a marp config somewhere above the build.
    const code = await marpCli(['--no-stdin', '--no-config-file', ...inputs]);
    if (code !== 0) throw new Error(`Unexpected Marp CLI exit code ${code} rendering ${inputs.length} HTML decks, expected 0 (its messages are above)`);
    return await Promise.all(markdowns.map((_, i) => readFile(path.join(work, `deck-${i}.html`), 'utf8')));
  } finally {
    await rm(work, {recursive: true, force: true});
  }
}
