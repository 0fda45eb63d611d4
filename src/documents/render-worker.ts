// The body of the document worker (off-thread.ts): renders one job at a time and sends the bytes
// back. Runs in a worker thread so a long case summary never stalls the server's event loop.
import { parentPort } from 'node:worker_threads';
import { renderCaseSummaryPdf } from './case-summary-pdf';
import { renderSubmissionDraftDocx } from './submission-draft-docx';
import type { RenderJob } from './off-thread';

if (!parentPort) throw new Error('render-worker runs only as a worker thread');
const port = parentPort;

port.on('message', (message: { id: number; job: RenderJob }) => {
  const { id, job } = message;
  const rendering = job.kind === 'case-summary' ? renderCaseSummaryPdf(job.input) : renderSubmissionDraftDocx(job.input, job.submission);
  rendering.then(
    (bytes) => {
      const copy = new Uint8Array(bytes);
      port.postMessage({ id, bytes: copy }, [copy.buffer]);
    },
    // Only the error's type crosses back: its message may quote the text being rendered.
    (error: unknown) => port.postMessage({ id, failed: error instanceof Error ? error.name : 'Error' }),
  );
});
