import * as z from 'zod';
import {isoDate} from '../content-model/schemas/base';

/** One runtime release in `migration/releases.ts`; the type below is derived from it, so it is written once. */
export const releaseSchema = z
  .object({
    /** `major.minor`, for example `2.3`. */
    version: z.string().regex(/^\d+\.\d+$/, {error: 'expected major.minor, for example 2.3'}),
    /** Release day, YYYY-MM-DD; planned releases carry their scheduled day. */
    released: isoDate,
    /** Last day of bug fixes, YYYY-MM-DD. */
    supportEnds: isoDate,
    /** Last day of security fixes, YYYY-MM-DD. */
    endOfLife: isoDate,
    /** Long-term support release. */
    lts: z.boolean().optional(),
    /** Not released yet: the dates are the schedule. */
    planned: z.boolean().optional(),
  })
  .strict();

/** One runtime release, as published in `migration/releases.ts`. */
export type RuntimeRelease = z.infer<typeof releaseSchema>;
