import {good, source} from './base';

export default source('empty-fixes', [good({id: 'AX1042', fixes: []})]);
