export * from './finding';
export * from './rule';
export * from './site-model';
export {allRules} from './rules';
