import {defineError, type ErrorEntry} from '../../src/error-catalog/entry';
import {routes} from '../../src/routes/table';

/** AX1200–AX1299: reaching the marketplace, the runtime API and the identity provider. */
export const networkErrors: ErrorEntry[] = [
  defineError({
    id: 'AX1201',
    title: 'Platform unreachable',
    area: 'network',
    severity: 'fatal',
    message: 'Cannot reach {host}: {reason} after {attempts} attempts.',
    params: {host: 'string', reason: 'string', attempts: 'integer'},
    causes: [
      'The machine is offline, or a VPN that the corporate network requires is not connected.',
      'An HTTPS proxy is required and `HTTPS_PROXY` is not set for the shell that runs `ax`.',
      'The platform has an incident in your region.',
    ],
    fixes: [
      {step: 'Check the whole network path; the doctor names the hop that fails.', command: 'ax doctor --check network'},
      {step: 'If you are behind a proxy, export `HTTPS_PROXY` in the same shell and run the command again.'},
      {step: 'Check for an open incident before retrying in a loop.', command: 'ax incident list'},
    ],
    related: [{error: 'AX1208'}, {error: 'AX1204'}, {doc: routes.runbook(), label: 'Operations runbooks'}],
    introducedIn: '2.0.0',
    aliases: ['E_UNREACHABLE', 'ECONNREFUSED_AX'],
  }),
  defineError({
    id: 'AX1204',
    title: 'TLS certificate not trusted',
    area: 'network',
    severity: 'fatal',
    message: 'The TLS certificate of {host} could not be verified: {reason}.',
    params: {host: 'string', reason: 'string'},
    causes: [
      'A corporate proxy re-signs HTTPS traffic with its own certificate authority, which the CLI does not trust yet.',
      'The CA bundle shipped with the CLI was deleted or is out of date.',
      'The machine clock is wrong, so valid certificates look expired or not yet valid.',
    ],
    fixes: [
      {step: 'Let the doctor restore the CA bundle and report clock skew.', command: 'ax doctor --fix'},
      {step: 'Behind a re-signing proxy, point the CLI at your company\'s CA bundle.', command: 'ax config set network.ca-bundle <path>'},
      {step: 'Never turn verification off: a package signed for the marketplace must not pass through an unverified hop.'},
    ],
    related: [{error: 'AX1201'}, {error: 'AX1120'}],
    introducedIn: '2.0.0',
    aliases: ['E_TLS'],
  }),
  defineError({
    id: 'AX1208',
    title: 'Request timed out',
    area: 'network',
    severity: 'error',
    message: 'Request {method} {path} to {host} timed out after {timeout}.',
    params: {method: 'string', path: 'string', host: 'string', timeout: 'duration'},
    causes: [
      'A slow or lossy connection, often on a VPN that routes all traffic through a distant region.',
      'The platform is degraded; uploads of large packages are hit first.',
    ],
    fixes: [
      {step: 'Measure latency to each service.', command: 'ax doctor --check network'},
      {step: 'Read the server side of the request with the correlation ID printed under the error.', command: 'ax logs --correlation-id <correlation-id>'},
      {step: 'Raise the client timeout for slow links, then retry.', command: 'ax config set network.timeout 120s'},
    ],
    related: [{error: 'AX1201'}, {error: 'AX4010'}],
    introducedIn: '2.0.0',
    aliases: ['E_TIMEOUT'],
  }),
  defineError({
    id: 'AX1215',
    title: 'Rate limited',
    area: 'network',
    severity: 'warning',
    message: 'Rate limited by {service}; retrying after {retryAfter}.',
    params: {service: 'string', retryAfter: 'duration'},
    causes: [
      'A script calls the CLI in a tight loop, for example `ax marketplace stats` once per day of a range.',
      'Many CI jobs share one API token, and so one rate limit.',
    ],
    fixes: [
      {step: 'Ask for a whole range in one call rather than one call per day.', command: 'ax marketplace stats <plugin> --format json --since <date>'},
      {step: 'Give each CI pipeline its own API token so they stop sharing a limit; list tokens with `ax keys list --kind api`.'},
    ],
    related: [{doc: routes.doc('guides/marketplace-analytics'), label: 'Marketplace analytics exports'}],
    introducedIn: '2.0.0',
    aliases: ['E_RATE_LIMITED', 'HTTP_429'],
  }),
  defineError({
    id: 'AX1220',
    title: 'Proxy authentication required',
    area: 'network',
    severity: 'fatal',
    message: 'Proxy {proxy} asked for authentication (HTTP 407).',
    params: {proxy: 'url'},
    causes: [
      'The proxy in `HTTPS_PROXY` needs credentials and none were given.',
      'The proxy password changed and the old one is still in the environment.',
    ],
    fixes: [
      {step: 'Put the credentials in the proxy URL of `HTTPS_PROXY` (user:password@host), from your secret store rather than a script.'},
      {step: 'Check the path again.', command: 'ax doctor --check network'},
    ],
    related: [{error: 'AX1201'}],
    introducedIn: '2.1.0',
  }),
];
