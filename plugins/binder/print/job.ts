import type {BinderModel} from '../../../src/binder/views/types';
import {writeBinderDownloads, type BinderDownloads} from './index';

/** What the build hands the worker: plain data, so it survives structured cloning. */
export interface BinderDownloadsJob {
  outDir: string;
  siteDir: string;
  baseUrl: string;
  siteUrl: string;
  /** The build moment, ISO datetime. */
  moment: string;
  model: BinderModel;
}

/**
 * Entry point of the worker the binder plugin's postBuild starts (plugins/shared/worker-call).
 * It runs there, not on Docusaurus's thread, because pdfjs-dist and Marp are ES modules that the
 * build's own module loader cannot import; the progress lines come back with the result, since a
 * worker's console output may be cut off when it ends.
 */
export async function runBinderDownloads(job: BinderDownloadsJob): Promise<BinderDownloads & {lines: string[]}> {
  const lines: string[] = [];
  const done = await writeBinderDownloads({...job, moment: new Date(job.moment), log: (line) => lines.push(line)});
  return {...done, lines};
}
