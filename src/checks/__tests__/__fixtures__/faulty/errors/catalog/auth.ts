// A catalog with one planted fault per catalog rule; plain objects, so the fixture needs no imports.
const base = {
  area: 'auth',
  severity: 'error',
  message: 'Session of {profile} expired.',
  params: {profile: 'string'},
  causes: ['Sessions last 12 hours.'],
  fixes: [{step: 'Sign in again.', command: 'ax login'}],
  related: [],
  introducedIn: '2.0.0',
  aliases: [],
};

export const authErrors = [
  {...base, id: 'AX1042', title: 'Session expired', aliases: ['E_SESSION_EXPIRED']},
  // catalog/aliases: the same alias as AX1042.
  {...base, id: 'AX1043', title: 'Session refresh failed', aliases: ['E_SESSION_EXPIRED']},
  // catalog/ids: a runtime ID in the auth area.
  {...base, id: 'AX3001', title: 'Misplaced'},
  // catalog/entries: no causes.
  {...base, id: 'AX1044', title: 'No causes', causes: []},
  // catalog/retired: retired without a replacement or a note.
  {...base, id: 'AX1045', title: 'Retired', introducedIn: '2.0.0', retiredIn: '2.1.0'},
  // catalog/related: a page the site does not serve.
  {...base, id: 'AX1046', title: 'Broken link', related: [{doc: '/docs/guides/nowhere', label: 'Nowhere'}]},
  // catalog/commands: a command the CLI does not have.
  {...base, id: 'AX1047', title: 'Bad command', fixes: [{step: 'Sign in.', command: 'ax logn'}]},
];
