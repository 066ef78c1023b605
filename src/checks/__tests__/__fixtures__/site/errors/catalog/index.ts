// The fixture's error catalog: one valid entry, so the site serves `/errors/AX1042` and the catalog rules pass.
export const catalogSources = [
  {
    file: 'errors/catalog/index.ts',
    errors: [
      {
        id: 'AX1042',
        title: 'Session expired',
        area: 'auth',
        severity: 'error',
        message: 'Session of {profile} expired.',
        params: {profile: 'string'},
        causes: ['Sessions last 12 hours.'],
        fixes: [{step: 'Sign in again.', command: 'ax login'}],
        related: [],
        introducedIn: '2.0.0',
        aliases: [],
      },
    ],
  },
];
