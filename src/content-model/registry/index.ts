export * from './schema';
export * from './teams';
export * from './components';
export * from './signers';
