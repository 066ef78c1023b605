import {Worker} from 'node:worker_threads';

/** What the worker posts back: the function's result, or its error (an Error does not survive the transfer whole). */
type Reply<O> = ({ok: true; result: O} | {ok: false; message: string; stack?: string}) & {
  /** The worker thread's own CPU seconds, where /proc/thread-self can be read (Linux). */
  cpuSeconds?: number;
};

/**
 * Set by `npm run bench:build`: each worker then reports its thread's CPU time on stderr, so the
 * bench can tell our plugins' worker threads from Docusaurus's page renderers, which Linux names alike.
 */
export const workerCpuReportEnv = 'AX_REPORT_WORKER_CPU';

/** What opens the line a worker's CPU time is reported in; the bench reads the lines by it. */
export const workerCpuTag = '[ax-worker-cpu]';

/** `[ax-worker-cpu] runDocChecks 2.68`: the line a worker's CPU time is reported in. */
export const workerCpuLine = (exportName: string, cpuSeconds: number) => `${workerCpuTag} ${exportName} ${cpuSeconds.toFixed(2)}`;

// The worker loads TypeScript through tsx's require hook, as `npm run check` does. Packages named
// in `native` are loaded first, by Node itself: tsx would transpile an ES module package into a
// second copy, and a package whose plugins import it natively (typedoc) breaks with two copies;
// and tsx's hook costs time on every file of a large package (0.3 s for TypeScript's compiler).
// The module is loaded at once and the input awaited after, so loading overlaps the wait. The
// first message is the input; a second one, when the caller sends it, is the later input.
const workerSource = `
const {parentPort, workerData} = require('node:worker_threads');
const {createRequire} = require('node:module');
// utime and stime of this thread, in USER_HZ (100) ticks: fields 14 and 15, after the name's last ')'.
const cpuSeconds = () => {
  if (!workerData.reportCpu) return undefined;
  try {
    const stat = require('node:fs').readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
};
const fail = (error) => parentPort.postMessage({ok: false, message: String((error && error.message) || error), stack: error && error.stack, cpuSeconds: cpuSeconds()});
const inbox = [];
let deliver;
parentPort.on('message', (message) => (deliver ? deliver(message) : inbox.push(message)));
const next = () => new Promise((resolve) => {
  if (inbox.length) resolve(inbox.shift());
  else deliver = (message) => ((deliver = undefined), resolve(message));
});
try {
  for (const name of workerData.native) createRequire(workerData.modulePath)(name);
  require('tsx/cjs/api').register();
  const fn = require(workerData.modulePath)[workerData.exportName];
  if (typeof fn !== 'function') throw new Error(workerData.modulePath + ' has no exported function ' + workerData.exportName);
  next().then((input) => fn(input, workerData.later ? next() : undefined)).then((result) => parentPort.postMessage({ok: true, result, cpuSeconds: cpuSeconds()}), fail);
} catch (error) {
  fail(error);
}
`;

export interface WorkerCallOptions<L> {
  /** Packages the module imports, to load natively before tsx is registered (see above). */
  native?: string[];
  /**
   * A second input the function receives as a promise, its second argument: the worker starts
   * its work with the first and waits for this one only where it needs it. While the worker
   * waits for it, it does not keep the process alive: a build that fails before sending it ends.
   */
  later?: Promise<L>;
}

/**
 * Calls `exportName(input, later?)` of a TypeScript module in a worker thread and resolves with
 * its result. Docusaurus runs every plugin on one thread, so while it loads content or after it
 * renders, a build machine's other cores sit idle; CPU-heavy plugin work moved here runs beside
 * it. The input may be a promise: the worker starts and loads the module meanwhile. Inputs and
 * result must survive structured cloning (plain data, Maps, no functions).
 */
export function callInWorker<I, O, L = never>(modulePath: string, exportName: string, input: I | Promise<I>, options: WorkerCallOptions<L> = {}): Promise<O> {
  return new Promise<O>((resolve, reject) => {
    const {later} = options;
    const worker = new Worker(workerSource, {eval: true, workerData: {modulePath, exportName, native: options.native ?? [], later: Boolean(later), reportCpu: Boolean(process.env[workerCpuReportEnv])}});
    let settled = false;
    const settle = (done: () => void) => {
      settled = true;
      void worker.terminate();
      done();
    };
    worker.once('message', (reply: Reply<O>) => {
      if (reply.cpuSeconds !== undefined) process.stderr.write(`${workerCpuLine(exportName, reply.cpuSeconds)}\n`);
      settle(() => (reply.ok ? resolve(reply.result) : reject(Object.assign(new Error(reply.message), reply.stack ? {stack: reply.stack} : {}))));
    });
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`worker for ${exportName} in ${modulePath} exited with code ${code} before replying`));
    });
    if (later) worker.unref();
    Promise.resolve(input).then(
      (value) => {
        worker.postMessage(value);
        later?.then(
          (value2) => {
            if (settled) return;
            worker.ref();
            worker.postMessage(value2);
          },
          (error: unknown) => settle(() => reject(error)),
        );
      },
      (error: unknown) => settle(() => reject(error)),
    );
  });
}
