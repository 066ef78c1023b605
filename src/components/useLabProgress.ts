import {useCallback, useSyncExternalStore} from 'react';
import type {Facts} from '@site/src/labs/types';
import {mergeProgress, passCheckpoint, resetLab, type LabProgress} from '@site/src/labs/progress';
import {readProgress, readServerProgress, subscribeProgress, writeProgress} from '@site/src/labs/progress-store';
import {useRecordEvent} from './useEventQueue';
import {useHydrated} from './useHydrated';

// Re-exported where the labs' widgets have always imported it from.
export {useHydrated};

export interface LabProgressApi {
  progress: LabProgress;
  hydrated: boolean;
  /** Records a passed checkpoint; the lab's first pass queues `lab_started`, its last `lab_completed`. */
  pass(lab: string, stepIds: readonly string[], step: string, facts: Facts): void;
  reset(lab: string): void;
  /** Merges an imported file into what this browser has; nothing already passed is lost. */
  importProgress(progress: LabProgress): void;
}

/**
 * Lab progress kept in this browser. The server and the hydrating render see no progress (so
 * markup matches); stored progress appears in the render right after. Writes always start from
 * the stored copy, never from a stale render, so a pass made before hydration is not lost.
 */
export function useLabProgress(): LabProgressApi {
  const progress = useSyncExternalStore(subscribeProgress, readProgress, readServerProgress);
  const hydrated = useHydrated();
  const record = useRecordEvent();
  const pass = useCallback(
    (lab: string, stepIds: readonly string[], step: string, facts: Facts) => {
      const result = passCheckpoint(readProgress(), lab, stepIds, step, facts, new Date().toISOString());
      writeProgress(result.progress);
      if (result.started) record({event: 'lab_started', lab});
      if (result.completed) record({event: 'lab_completed', lab});
    },
    [record],
  );
  const reset = useCallback((lab: string) => writeProgress(resetLab(readProgress(), lab)), []);
  const importProgress = useCallback((incoming: LabProgress) => writeProgress(mergeProgress(readProgress(), incoming)), []);
  return {progress, hydrated, pass, reset, importProgress};
}
