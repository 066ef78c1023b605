import type {z} from 'zod';
import type {ContentKind} from '../kinds';
import {binderSchema} from './binder';
import {guideSchema} from './guide';
import {labSchema} from './lab';
import {policySchema} from './policy';
import {referenceSchema} from './reference';
import {runbookSchema} from './runbook';
import {tutorialSchema} from './tutorial';

/** The front matter schema of each content kind. */
export const frontmatterSchemas = {
  guide: guideSchema,
  tutorial: tutorialSchema,
  runbook: runbookSchema,
  policy: policySchema,
  reference: referenceSchema,
  binder: binderSchema,
  lab: labSchema,
} as const satisfies Record<ContentKind, z.ZodType>;

export type Frontmatter = z.output<(typeof frontmatterSchemas)[ContentKind]>;

export {isoDate, baseFields} from './base';
export * from './binder';
export * from './guide';
export * from './lab';
export * from './policy';
export * from './reference';
export * from './runbook';
export * from './tutorial';
