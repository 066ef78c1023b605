import {Worker} from 'node:worker_threads';

/** What the worker posts back: the function's result, or its error (an Error does not survive the transfer whole). */
type Reply<O> = {ok: true; result: O} | {ok: false; message: string; stack?: string};

// The worker loads TypeScript through tsx's require hook, as `npm run check` does. Packages named
// in `native` are loaded first, by Node itself: tsx would transpile an ES module package into a
// second copy, and a package whose plugins import it natively (typedoc) breaks with two copies;
// and tsx's hook costs time on every file of a large package (0.3 s for TypeScript's compiler).
// The module is loaded at once and the input awaited after, so loading overlaps the wait. The
// first message is the input; a second one, when the caller sends it, is the later input.
const workerSource = `
const {parentPort, workerData} = require('node:worker_threads');
const {createRequire} = require('node:module');
const fail = (error) => parentPort.postMessage({ok: false, message: String((error && error.message) || error), stack: error && error.stack});
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
  next().then((input) => fn(input, workerData.later ? next() : undefined)).then((result) => parentPort.postMessage({ok: true, result}), fail);
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
    const worker = new Worker(workerSource, {eval: true, workerData: {modulePath, exportName, native: options.native ?? [], later: Boolean(later)}});
    let settled = false;
    const settle = (done: () => void) => {
      settled = true;
      void worker.terminate();
      done();
    };
    worker.once('message', (reply: Reply<O>) =>
      settle(() => (reply.ok ? resolve(reply.result) : reject(Object.assign(new Error(reply.message), reply.stack ? {stack: reply.stack} : {})))),
    );
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
