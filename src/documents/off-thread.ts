import { Worker } from 'node:worker_threads';
import { AppError } from '../platform/http/app-error';
import type { PractitionerFileInput } from './practitioner-file';
import type { SubmissionKind } from './submission-draft-docx';

// Practitioner documents are rendered in one worker thread, one at a time: pdfmake lays a long
// chronology out for seconds of CPU, which on the main thread would stall every other request
// (sign-ins, the quick exit's sign-out, health checks). One worker also keeps a burst of
// requests for documents from taking every core. A render that runs past the time limit ends
// the worker; the next job starts a new one.

export type RenderJob =
  { kind: 'case-summary'; input: PractitionerFileInput } | { kind: 'submission'; input: PractitionerFileInput; submission: SubmissionKind };

const ENTRY = new URL('./render-worker-entry.mjs', import.meta.url);
const RENDER_TIME_LIMIT_MS = 120_000;

interface Pending {
  resolve(bytes: Buffer): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

let worker: Worker | undefined;
const pending = new Map<number, Pending>();
let nextId = 1;
let tail: Promise<unknown> = Promise.resolve();

function failAll(error: Error): void {
  for (const [id, job] of pending) {
    clearTimeout(job.timer);
    job.reject(error);
    pending.delete(id);
  }
}

function workerFor(): Worker {
  if (worker) return worker;
  const started = new Worker(ENTRY, { resourceLimits: { maxOldGenerationSizeMb: 1024 } });
  started.unref();
  started.on('message', (message: { id: number; bytes?: Uint8Array; failed?: string }) => {
    const job = pending.get(message.id);
    if (!job) return;
    pending.delete(message.id);
    clearTimeout(job.timer);
    if (message.bytes) job.resolve(Buffer.from(message.bytes.buffer, message.bytes.byteOffset, message.bytes.byteLength));
    else job.reject(new Error(`document rendering failed (${message.failed ?? 'Error'})`));
  });
  const gone = (error: Error) => {
    if (worker === started) worker = undefined;
    failAll(error);
  };
  started.on('error', (error) => gone(new Error(`document worker failed (${error.name})`)));
  started.on('exit', (code) => gone(new Error(`document worker stopped (exit ${code})`)));
  worker = started;
  return started;
}

function run(job: RenderJob, timeLimitMs: number): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const id = nextId++;
    const target = workerFor();
    const timer = setTimeout(() => {
      pending.delete(id);
      reject(new AppError('unavailable', 'The document took too long to make. Try again later, or ask for a shorter document.'));
      if (worker === target) worker = undefined;
      void target.terminate();
    }, timeLimitMs);
    pending.set(id, { resolve, reject, timer });
    target.postMessage({ id, job });
  });
}

/** Renders a practitioner document in the worker thread; jobs run one after another. */
export function renderOffThread(job: RenderJob, timeLimitMs = RENDER_TIME_LIMIT_MS): Promise<Buffer> {
  const result = tail.then(() => run(job, timeLimitMs));
  tail = result.catch(() => undefined);
  return result;
}
