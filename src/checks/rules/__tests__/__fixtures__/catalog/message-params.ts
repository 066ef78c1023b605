import {good, source} from './base';

// `expiredAt` is used in the message but has no type.
export default source('message-params', [good({id: 'AX1042', message: 'Profile {profile} expired at {expiredAt}.', params: {profile: 'string'}})]);
