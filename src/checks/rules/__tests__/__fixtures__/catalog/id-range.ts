import {good, source} from './base';

// A runtime error numbered in the auth range, and an ID of the wrong shape.
export default source('id-range', [good({id: 'AX1050', area: 'runtime', aliases: []}), good({id: 'AX42', aliases: []})]);
