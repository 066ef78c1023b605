// The runtime releases of the faulty fixture site: sound, so the planted fault is the tag below.
export const runtimeReleases = [
  {version: '1.0', released: '2024-02-12', supportEnds: '2024-10-07', endOfLife: '2025-02-10'},
  {version: '2.0', released: '2025-06-02', supportEnds: '2026-04-06', endOfLife: '2026-10-05'},
  {version: '2.4', released: '2027-03-08', supportEnds: '2028-03-06', endOfLife: '2028-09-04', planned: true},
];
