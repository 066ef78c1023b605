import {good, source} from './base';

// One link to an error that does not exist, one to a page that does not exist.
export default source('broken-related', [good({id: 'AX1042', related: [{error: 'AX1999'}, {doc: '/docs/guides/no-such-guide', label: 'Missing guide'}]})]);
