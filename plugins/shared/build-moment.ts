import {isoDay} from '../../src/content-model/dates';

/**
 * The moment a build judges freshness, staleness and review dates at: `SOURCE_DATE_EPOCH`
 * (seconds since 1970, the reproducible-builds convention) when it is set, else now. Two builds
 * of one commit with the same epoch then write the same pages and the same SHA256SUMS; without
 * it, a page that says "as of the build date" honestly changes with the day.
 */
export function buildMoment(env: NodeJS.ProcessEnv = process.env): Date {
  const raw = env.SOURCE_DATE_EPOCH;
  const epoch = Number(raw);
  if (raw === undefined || raw === '') return new Date();
  if (!Number.isInteger(epoch) || epoch < 0) throw new Error(`Unexpected SOURCE_DATE_EPOCH "${raw}", expected whole seconds since 1970-01-01T00:00:00Z`);
  return new Date(epoch * 1000);
}

/** The build's ISO day (UTC), as the docs checks, runbooks and recordings judge dates. */
export function buildDay(env: NodeJS.ProcessEnv = process.env): string {
  return isoDay(buildMoment(env));
}
