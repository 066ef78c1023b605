export * from './severity';
export * from './alerts';
export * from './comms';
export * from './drill';
export * from './dr';
export * from './dr-stores';
export * from './governance';
export * from './references';
