import {good, source} from './base';

// An alias that reads as another error's ID.
export default source('alias-is-id', [
  good(),
  good({id: 'AX1043', title: 'Session refresh failed', aliases: ['ax-1042']}),
]);
