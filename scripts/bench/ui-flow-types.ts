import type {Browser} from 'playwright-core';
import type {UiBenchOptions} from './ui-options';
import type {FlowSamples} from './ui-stats';

/** What a flow needs: the browser, the served site, the options and a progress line. */
export interface FlowContext {
  browser: Browser;
  origin: string;
  /** The built site's folder, for data the flows read (error ids). */
  buildDir: string;
  options: UiBenchOptions;
  progress(line: string): void;
  /** Runs `sample` for the warm-up samples, then the measured ones, and returns only the measured. */
  repeat(sample: (i: number) => Promise<number>): Promise<number[]>;
}

/** A flow's rows of the table: usually one, the search's warm flow reports two. */
export type FlowRows = FlowSamples[];

/**
 * A `repeat` for `options`: warm-up samples first (chunks loaded, code compiled), unmeasured,
 * then `options.samples` measured ones, all through one sample function so both do the same.
 */
export function repeater(options: UiBenchOptions): FlowContext['repeat'] {
  return async (sample) => {
    for (let i = 0; i < options.warmup; i++) await sample(i);
    const measured: number[] = [];
    for (let i = 0; i < options.samples; i++) measured.push(await sample(options.warmup + i));
    return measured;
  };
}
