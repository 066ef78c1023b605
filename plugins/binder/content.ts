import type {Snapshot} from '../../src/analytics/schema/snapshot';
import {loadBinderModel} from '../../src/binder/views/binder-model';
import type {BinderModel} from '../../src/binder/views/types';

export interface BinderInput {
  siteDir: string;
  /** The build moment, ISO datetime (SOURCE_DATE_EPOCH when set). */
  moment: string;
  /** The commit built, when the config names it; read from git otherwise. */
  commit?: string;
  /** The analytics plugin's metrics snapshot, when the site has that plugin; otherwise the binder computes it. */
  analytics?: Snapshot;
}

/**
 * Builds the binder's view model. Runs in a worker: it reads the security scans, the drill logs and hashes every domain's sources, which would otherwise
 * hold up every other plugin on Docusaurus's one thread.
 */
export async function loadBinderContent({siteDir, moment, commit, analytics}: BinderInput): Promise<BinderModel> {
  return loadBinderModel({siteDir, moment, commit, analytics});
}
