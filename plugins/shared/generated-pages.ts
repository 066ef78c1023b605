/**
 * Some plugins write pages into the content folders while Docusaurus loads every plugin's
 * content (the migration plugin's API reference, generated in a worker). Anything that reads
 * those folders waits here first, or it would see some of the pages, depending on timing.
 */
const pending = new Map<string, Promise<unknown>[]>();

/** Called by a plugin when it starts writing pages below `siteDir`. */
export function announceGeneratedPages(siteDir: string, generation: Promise<unknown>): void {
  // A failure is reported by the generating plugin itself; the copy kept here must not also be
  // reported as unhandled when it fails before anyone waits on it.
  pending.set(siteDir, [...(pending.get(siteDir) ?? []), generation.catch(() => undefined)]);
}

/** Resolves once every announced generation below `siteDir` has finished, at once when there is none. */
export async function generatedPagesReady(siteDir: string): Promise<void> {
  await Promise.all(pending.get(siteDir) ?? []);
}
