import * as z from 'zod';
import {pageKinds, viewports, type Papercut} from './papercut';

/** The zod schema of a papercut (see papercut.ts); used by tests and the screenshot script only. */
export const papercutSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected kebab-case, e.g. "home-card-buttons"'),
  title: z.string().min(5),
  kind: z.enum(pageKinds),
  route: z.string().regex(/^\/[^\s]*$/, 'expected a site route starting with /'),
  viewport: z.union(viewports.map((v) => z.literal(v)) as [z.ZodLiteral<390>, z.ZodLiteral<768>, z.ZodLiteral<1280>], {error: `expected one of ${viewports.join(', ')}`}),
  mode: z.enum(['light', 'dark']),
  shot: z.object({selector: z.string().min(1), pad: z.number().int().min(0).max(200).optional(), maxHeight: z.number().int().positive().optional(), focus: z.string().min(1).optional(), click: z.string().min(1).optional(), beforeHydration: z.boolean().optional(), scrollEnd: z.string().min(1).optional()}),
  shows: z.object({before: z.string().min(10), after: z.string().min(10)}),
  changed: z.string().min(10),
  why: z.object({impact: z.string().min(10), wcag: z.string().regex(/^\d\.\d\.\d+ [A-Z]/, 'expected a criterion number and name, e.g. "1.4.10 Reflow"').optional()}),
}) satisfies z.ZodType<Papercut>;

/** Checks every papercut, and that ids are unique; returns "Unexpected …" messages, none when valid. */
export function papercutProblems(list: readonly unknown[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  list.forEach((item, row) => {
    const parsed = papercutSchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const received = issue.path.reduce<unknown>((at, key) => (at as Record<PropertyKey, unknown> | undefined)?.[key], item);
        problems.push(`Unexpected ${JSON.stringify(received)} at papercut ${row} (${(item as {id?: string})?.id ?? 'no id'}), field ${issue.path.join('.') || '(root)'}, ${issue.message}`);
      }
      return;
    }
    if (seen.has(parsed.data.id)) problems.push(`Unexpected duplicate id "${parsed.data.id}" at papercut ${row}, expected each id once`);
    seen.add(parsed.data.id);
  });
  return problems;
}
