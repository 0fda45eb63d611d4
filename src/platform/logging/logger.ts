import pino, { type Logger } from 'pino';

// Logs carry what operators need (route pattern, status, timing, ids) and nothing a client said:
// no bodies, no query strings, no cookies, no headers. The request serializer is the one place
// that decides; a test plants a marker in every part of a request and searches the output for it.

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: ['req.headers', 'req.body', 'req.query', '*.password', '*.email', '*.token'], remove: true },
      serializers: {
        req: (req: { method: string; routeOptions?: { url?: string }; id: string }) => ({
          id: req.id,
          method: req.method,
          route: req.routeOptions?.url ?? '(unmatched)',
        }),
        res: (res: { statusCode: number }) => ({ status: res.statusCode }),
        // Only the stack's frame lines: the message (and so its first lines, or all of a multi-line
        // one) can quote what a client said.
        err: (err: Error & { code?: string }) => ({
          type: err.name,
          code: err.code,
          stack: err.stack
            ?.split('\n')
            .filter((line) => /^\s+at /.test(line))
            .slice(0, 5)
            .join('\n'),
        }),
      },
    },
    destination ?? bufferedStdout(),
  );
}

/**
 * Standard output through a small buffer, flushed every half second and at exit: one write per
 * few kilobytes rather than one per request. Lines still in the buffer are lost only if the
 * process is killed outright; they are request logs, not records (the audit trail is in the database).
 */
function bufferedStdout(): pino.DestinationStream {
  const out = pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 500 });
  process.once('exit', () => {
    try {
      out.flushSync();
    } catch {
      // stdout already closed: nothing left to write to
    }
  });
  return out;
}
