import {good, source} from './base';

// The same ID twice: the second must be named.
export default source('duplicate-id', [
  good(),
  good({id: 'AX1042', title: 'Another title', aliases: []}),
]);
