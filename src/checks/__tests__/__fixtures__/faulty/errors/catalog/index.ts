import {authErrors} from './auth';

export const catalogSources = [{file: 'errors/catalog/auth.ts', errors: authErrors}];
