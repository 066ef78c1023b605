export * from './kinds';
export * from './frontmatter';
export * from './validate';
export * from './schemas';
export * from './registry';
