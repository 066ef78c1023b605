import {good, source} from './base';

// Two entries claim E_SESSION_EXPIRED (once in another case).
export default source('duplicate-alias', [
  good(),
  good({id: 'AX1043', title: 'Session refresh failed', aliases: ['e_session_expired']}),
]);
