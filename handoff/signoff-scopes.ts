import type {SignoffDomain} from '../src/content-model/registry/signers';

/**
 * The sources each domain approves, as globs relative to the site root. A sign-off records
 * the SHA-256 of exactly these files, so an edit inside a scope turns only that domain STALE.
 */
export const signoffScopes: Readonly<Record<SignoffDomain, readonly string[]>> = {
  engineering: ['src/**/*.ts', 'plugins/**/*.ts', '!**/__tests__/**'],
  product: ['handoff/kpis.ts', 'docs/handoff/**'],
  operations: ['runbooks/**/*.mdx', 'runbooks/_drills/*.json'],
  support: ['src/content-model/registry/teams.ts', 'src/content-model/registry/components.ts', 'docs/reference/ownership.mdx'],
  community: ['templates/**', 'docs/labs/**'],
};
