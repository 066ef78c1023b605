import type {CatalogSource, ErrorEntry} from '../../../../../error-catalog/entry';

/** A valid entry to break one field at a time. */
export const good = (overrides: Partial<ErrorEntry> = {}): ErrorEntry => ({
  id: 'AX1042',
  title: 'Session expired',
  area: 'auth',
  severity: 'fatal',
  message: 'The session of profile {profile} expired.',
  params: {profile: 'string'},
  causes: ['Sessions last 12 hours.'],
  fixes: [{step: 'Start a new session.', command: 'ax login'}],
  related: [],
  introducedIn: '2.1.0',
  aliases: ['E_SESSION_EXPIRED'],
  ...overrides,
});

export const source = (name: string, errors: ErrorEntry[]): CatalogSource => ({file: `src/checks/rules/__tests__/__fixtures__/catalog/${name}.ts`, errors});
