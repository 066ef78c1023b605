/**
 * Hands one plugin's loaded content to another within a build, so a source is read and computed
 * once: the analytics plugin's metrics snapshot, for instance, is what the binder's KPI scorecard
 * scores. A provider announces itself when Docusaurus creates the plugins (every plugin factory
 * runs before any `loadContent`), and fulfils the promise from its `loadContent`; a consumer asks
 * from its own `loadContent` and gets `undefined` when no plugin of this site provides the key,
 * in which case it reads the source itself.
 */

/** What a provider hands over, by key. */
export interface HandoffValues {
  /** The analytics plugin's metrics snapshot (src/analytics/schema/snapshot.ts). */
  'analytics-snapshot': import('../../src/analytics/schema/snapshot').Snapshot;
  /** The templates plugin's rows of the compatibility matrix, which `compatibility.json` publishes beside the API's. */
  'template-matrix': import('../../src/template-model/views').TemplateMatrixView;
}

type Key = keyof HandoffValues;

interface Slot<K extends Key> {
  promise: Promise<HandoffValues[K]>;
  resolve: (value: HandoffValues[K]) => void;
  reject: (error: unknown) => void;
}

// One table per site: tests build several sites in one process, and `docusaurus start` creates
// the plugins again on each reload, replacing the slots of the build before.
const slotsBySite = new Map<string, Map<Key, Slot<Key>>>();

function slots(siteDir: string): Map<Key, Slot<Key>> {
  let table = slotsBySite.get(siteDir);
  if (!table) slotsBySite.set(siteDir, (table = new Map()));
  return table;
}

/**
 * Called from a plugin factory: this site will have `key`. Returns the function the provider's
 * `loadContent` calls with its loading promise; a rejection reaches the consumers too, and the
 * provider's own build failure already names the cause.
 */
export function announce<K extends Key>(siteDir: string, key: K): (value: Promise<HandoffValues[K]>) => Promise<HandoffValues[K]> {
  let resolve!: Slot<K>['resolve'];
  let reject!: Slot<K>['reject'];
  const promise = new Promise<HandoffValues[K]>((res, rej) => ((resolve = res), (reject = rej)));
  // A consumer that never asks must not turn a provider's failure into an unhandled rejection.
  promise.catch(() => undefined);
  slots(siteDir).set(key, {promise, resolve, reject} as unknown as Slot<Key>);
  return (value) => {
    value.then(resolve, reject);
    return value;
  };
}

/** Called from a consumer's `loadContent`: the provider's value, or undefined when this site has no provider. */
export function receive<K extends Key>(siteDir: string, key: K): Promise<HandoffValues[K]> | undefined {
  return slots(siteDir).get(key)?.promise as Promise<HandoffValues[K]> | undefined;
}
