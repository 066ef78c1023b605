/**
 * The catalog's vocabularies: areas with the ID range each one owns, severities and the types
 * of message placeholders. Plain data, shared by the entry schema, the checks and the pages.
 */

/** Areas and the ID range each one owns; the first two digits of an ID name its area. */
export const areas = {
  auth: {label: 'Auth', from: 1000, to: 1099, component: 'cli', owner: 'cli'},
  config: {label: 'Config', from: 1100, to: 1199, component: 'cli', owner: 'cli'},
  network: {label: 'Network', from: 1200, to: 1299, component: 'cli', owner: 'cli'},
  'plugin-manifest': {label: 'Plugin manifest', from: 2000, to: 2099, component: 'templates', owner: 'cli'},
  runtime: {label: 'Runtime', from: 3000, to: 3099, component: 'runtime', owner: 'runtime'},
  'publish-marketplace': {label: 'Publish and marketplace', from: 4000, to: 4099, component: 'marketplace', owner: 'runtime'},
  telemetry: {label: 'Telemetry', from: 5000, to: 5099, component: 'telemetry', owner: 'devops'},
  'governance-policy': {label: 'Governance policy', from: 6000, to: 6099, component: 'governance', owner: 'runtime'},
  upgrade: {label: 'Upgrade', from: 7000, to: 7099, component: 'runtime', owner: 'runtime'},
} as const;

export type Area = keyof typeof areas;
export const areaIds = Object.keys(areas) as [Area, ...Area[]];

/** How bad it is: `fatal` stops the command or the plugin, `error` fails one operation, `warning` does not fail. */
export const severities = ['fatal', 'error', 'warning'] as const;
export type Severity = (typeof severities)[number];

/** Types of the placeholders in a message template. */
export const paramTypes = ['string', 'integer', 'version', 'duration', 'path', 'url', 'timestamp', 'id', 'command'] as const;
export type ParamType = (typeof paramTypes)[number];

/** Whether an entry is still emitted. */
export type ErrorStatus = 'active' | 'retired';
export const statusOf = (e: {retiredIn?: string | undefined}): ErrorStatus => (e.retiredIn ? 'retired' : 'active');
