import {good, source} from './base';

export default source('empty-causes', [good({id: 'AX1042', causes: []})]);
