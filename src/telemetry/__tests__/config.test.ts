import {describe, expect, it} from 'vitest';
import {telemetryUrlFromCustomFields, telemetryUrlFromEnv} from '../config';

describe('telemetry endpoint configuration', () => {
  it.each([
    {env: {}, expected: undefined},
    {env: {AX_TELEMETRY_URL: '  '}, expected: undefined},
    {env: {AX_TELEMETRY_URL: 'https://telemetry.ax.example/v1/events'}, expected: 'https://telemetry.ax.example/v1/events'},
    {env: {AX_TELEMETRY_URL: 'http://localhost:4000/events'}, expected: 'http://localhost:4000/events'},
  ])('reads $env', ({env, expected}) => {
    expect(telemetryUrlFromEnv(env)).toBe(expected);
  });

  it('rejects what is not an http(s) URL, naming the value', () => {
    expect(() => telemetryUrlFromEnv({AX_TELEMETRY_URL: 'telemetry.ax.example'})).toThrowErrorMatchingInlineSnapshot(
      `[Error: Unexpected AX_TELEMETRY_URL "telemetry.ax.example", expected an absolute http(s) URL]`,
    );
    expect(() => telemetryUrlFromEnv({AX_TELEMETRY_URL: 'ftp://x.example/e'})).toThrowErrorMatchingInlineSnapshot(
      `[Error: Unexpected AX_TELEMETRY_URL protocol "ftp:" in "ftp://x.example/e", expected https: or http:]`,
    );
  });

  it('reads the endpoint from customFields', () => {
    expect(telemetryUrlFromCustomFields({telemetryUrl: 'https://t.example/e'})).toBe('https://t.example/e');
    expect(telemetryUrlFromCustomFields({telemetryUrl: ''})).toBeUndefined();
    expect(telemetryUrlFromCustomFields(undefined)).toBeUndefined();
  });
});
