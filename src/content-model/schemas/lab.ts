import * as z from 'zod';
import {labAudiences, checkpointLevels} from '../../labs/types';
import {baseFields} from './base';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, {error: 'expected an id of lower-case letters, digits and dashes'});
const axLine = z.string().regex(/^ax\s/, {error: 'expected an `ax …` command line'});

/** A multiple-choice question; every choice explains why it is right or wrong. */
const quiz = z
  .object({
    level: z.literal('quiz'),
    question: z.string().min(1),
    choices: z
      .array(z.object({text: z.string().min(1), correct: z.boolean().optional(), explanation: z.string().min(1)}).strict())
      .min(2)
      .refine((choices) => choices.filter((c) => c.correct).length === 1, {error: 'expected exactly one choice with `correct: true`'}),
    /** Index of the choice the sample answer picks: the correct one, checked like a learner's. */
    sample: z.number().int().min(0),
  })
  .strict();

/** The learner types the command they ran; it is parsed against the CLI spec and compared flag by flag. */
const command = z
  .object({
    level: z.literal('command'),
    prompt: z.string().min(1),
    /** The command the step asks for; checked against the CLI spec at build time. */
    expected: axLine,
    /** A command a learner might type that passes. */
    sample: axLine,
  })
  .strict();

/** A value of a receipt that must equal a fact an earlier step recorded. */
const sameAs = z.object({field: z.string().min(1), step: id, step_field: z.string().min(1)}).strict();

/** The learner pastes the JSON output of a command; it is validated against the command's output schema and earlier steps. */
const receipt = z
  .object({
    level: z.literal('receipt'),
    prompt: z.string().min(1),
    /** The command whose `--format json` output is pasted; its output schema lives in the CLI spec. */
    command: axLine,
    /** Values this receipt must share with earlier steps, e.g. the plugin id published earlier. */
    same_as: z.array(sameAs).optional(),
    /** Fields of the output that must hold these exact values, e.g. `channel: sandbox`. */
    expect: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
    /** A real-looking output that passes; a unit test and a build rule run it through this very check. */
    sample: z.string().min(2),
  })
  .strict();

export const labCheckpointSchema = z.discriminatedUnion('level', [quiz, command, receipt]);

/** One timed step; the lab's total is the sum of these, never typed by hand. */
export const labStepSchema = z
  .object({
    id,
    title: z.string().min(1),
    /** Minutes the step takes a learner who reads the page as they go. */
    minutes: z.number().int().positive().max(60),
    checkpoint: labCheckpointSchema,
  })
  .strict();

/** A hands-on lab: timed steps, each ending in a checkpoint at one of three levels. */
export const labSchema = z
  .object({
    ...baseFields,
    kind: z.literal('lab'),
    audience: z.enum(labAudiences),
    /** Labs (by id) to finish first. */
    prerequisites: z.array(id).default([]),
    /** What the learner can do afterwards. */
    outcomes: z.array(z.string().min(1)).min(1),
    steps: z.array(labStepSchema).min(1),
  })
  .strict();

export type LabFrontmatterInput = z.input<typeof labSchema>;
export type LabFrontmatter = z.output<typeof labSchema>;
export {checkpointLevels};
