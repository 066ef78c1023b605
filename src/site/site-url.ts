/** Public origin of the site; the ax CLI builds its error deep links from the same value. */
export const defaultSiteUrl = 'https://docs.ax.example';

export function siteUrlFromEnv(env: NodeJS.ProcessEnv): string {
  return (env.AX_DOCS_URL ?? defaultSiteUrl).replace(/\/+$/, '');
}
