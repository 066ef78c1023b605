/** What the policy decided about one installed plugin. */
export interface Verdict {
  allowed: boolean;
  reason: string;
}

/**
 * The sample policy: plugins are allowed when their name starts with a publisher prefix on the
 * workspace's allow-list. Replace it with your own rules; keep it a pure function so it is easy to test.
 */
export function checkInstall(pluginName: string, allowedPrefixes: readonly string[]): Verdict {
  const prefix = allowedPrefixes.find((p) => pluginName.startsWith(p));
  return prefix ? {allowed: true, reason: `publisher prefix ${prefix} is allowed`} : {allowed: false, reason: 'publisher prefix is not on the allow-list'};
}
