import type {RuntimeRelease} from '../src/migration-model/release';

/**
 * The ax plugin runtime's release history and schedule: the one place these dates are written.
 * The compatibility matrix, the deprecation calendar and the ICS feed all read them from here.
 * Minor releases ship every five months or so; each gets about ten months of bug fixes and a
 * further six of security fixes. 1.3 is the long-term support release of the 1.x line.
 */
export const runtimeReleases: RuntimeRelease[] = [
  {version: '1.0', released: '2024-02-12', supportEnds: '2024-10-07', endOfLife: '2025-02-10'},
  {version: '1.1', released: '2024-06-03', supportEnds: '2025-02-10', endOfLife: '2025-06-02'},
  {version: '1.2', released: '2024-10-07', supportEnds: '2025-06-02', endOfLife: '2025-12-01'},
  {version: '1.3', released: '2025-02-10', supportEnds: '2025-12-01', endOfLife: '2026-12-01', lts: true},
  {version: '2.0', released: '2025-06-02', supportEnds: '2026-04-06', endOfLife: '2026-10-05'},
  {version: '2.1', released: '2025-11-03', supportEnds: '2026-10-05', endOfLife: '2027-03-08'},
  {version: '2.2', released: '2026-04-06', supportEnds: '2027-03-08', endOfLife: '2027-09-06'},
  {version: '2.3', released: '2026-10-05', supportEnds: '2027-09-06', endOfLife: '2028-03-06'},
  {version: '2.4', released: '2027-03-08', supportEnds: '2028-03-06', endOfLife: '2028-09-04', planned: true},
  {version: '2.5', released: '2027-09-06', supportEnds: '2028-09-04', endOfLife: '2029-03-05', planned: true},
];
