/**
 * The data store clusters: the `--cluster` values of `ax db` and `ax backup`, and the
 * `cluster` of a store in the disaster recovery model. Plain data, so the CLI spec and the
 * ops model both read it and neither imports the other's schemas for it.
 */
export const clusters = ['marketplace', 'runtime', 'telemetry', 'governance'] as const;

export type ClusterId = (typeof clusters)[number];
