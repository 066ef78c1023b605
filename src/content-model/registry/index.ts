export * from './schema';
export * from './teams';
export * from './components';
