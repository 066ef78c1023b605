/**
 * Where the site's own telemetry (feedback, lab progress) goes. The endpoint is fixed at build
 * time from `AX_TELEMETRY_URL` and reaches the browser as `siteConfig.customFields.telemetryUrl`;
 * without it, events stay queued in the reader's browser and are never sent anywhere.
 */

/** Key of the endpoint in `siteConfig.customFields`. */
export const telemetryUrlField = 'telemetryUrl';

/**
 * The endpoint from the build environment, or none. Only http(s) URLs count: anything else is a
 * configuration mistake, and sending readers' events to a mistyped place is worse than not sending.
 */
export function telemetryUrlFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.AX_TELEMETRY_URL?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`Unexpected AX_TELEMETRY_URL "${raw}", expected an absolute http(s) URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`Unexpected AX_TELEMETRY_URL protocol "${url.protocol}" in "${raw}", expected https: or http:`);
  }
  return url.href;
}

/** The endpoint as the browser sees it in `customFields`, or none. */
export function telemetryUrlFromCustomFields(customFields: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const value = customFields?.[telemetryUrlField];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
