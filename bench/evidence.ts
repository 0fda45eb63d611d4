// (e) Evidence uploads are streamed: the server's memory while a 50 MiB file goes in (sealed in
// 64 KiB chunks as it arrives) and comes back out (checked against its hash, then streamed).
// If the file were held in memory, the server's RSS would rise by at least its size.
import { randomBytes } from 'node:crypto';
import { call } from '../tests/resilience/support/http-session';
import type { Figure } from './report';
import { rssMiB, signInStaff, startBenchServer } from './support/harbour';

const MiB = 1024 * 1024;

/** Samples the server's RSS every 20 ms while `work` runs; returns the highest seen. */
async function peakRss(pid: number, work: () => Promise<void>): Promise<number> {
  let peak = rssMiB(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, rssMiB(pid));
  }, 20);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, rssMiB(pid));
}

/** `size` bytes, produced 64 KiB at a time (the benchmark itself holds no more than that). */
function streamOf(size: number): ReadableStream<Uint8Array> {
  const block = randomBytes(64 * 1024);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= size) return controller.close();
      const n = Math.min(block.length, size - sent);
      block.writeUInt32BE(sent, 0); // every chunk differs, so nothing compresses or repeats
      controller.enqueue(new Uint8Array(block.subarray(0, n)));
      sent += n;
    },
  });
}

export async function benchEvidence(quick: boolean): Promise<Figure[]> {
  // BENCH_EVIDENCE_MIB: another size (with HARBOUR_EVIDENCE_MAX_MB raised to match), to see that memory does not follow it.
  const size = Number(process.env.BENCH_EVIDENCE_MIB ?? (quick ? 10 : 50)) * MiB;
  const server = await startBenchServer({ logLevel: 'warn' });
  try {
    const { lawyer } = await signInStaff(server);
    const made = await call(server.url, 'POST', '/api/cases', { province: 'ON', languages: ['es'], interpreterNeeded: false }, lawyer.headers);
    const code = made.json.case.code as string;
    const item = await call(server.url, 'POST', `/api/cases/${code}/evidence`, { kind: 'other', compartment: 'team', description: 'bench' }, lawyer.headers);
    const url = `${server.url}/api/cases/${code}/evidence/${item.json.item.id}/file`;
    const put = (body: ReadableStream<Uint8Array> | Buffer) =>
      fetch(url, { method: 'PUT', headers: { ...lawyer.headers, 'content-type': 'application/octet-stream' }, body, duplex: 'half' } as RequestInit);
    // Warm up (sharp, file-type and the routes load on first use), then settle.
    await put(Buffer.from('warm-up'));
    await new Promise((r) => setTimeout(r, 1000));
    const pid = server.child.pid!;
    const idle = rssMiB(pid);
    let uploadMs = 0;
    const uploadPeak = await peakRss(pid, async () => {
      const started = performance.now();
      const res = await put(streamOf(size));
      if (res.status !== 201) throw new Error(`upload: ${res.status} ${await res.text()}`);
      uploadMs = performance.now() - started;
    });
    let downloadMs = 0;
    const downloadPeak = await peakRss(pid, async () => {
      const started = performance.now();
      const res = await fetch(url, { headers: lawyer.headers });
      let received = 0;
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) received += chunk.length;
      if (received !== size) throw new Error(`download: ${received} bytes of ${size}`);
      downloadMs = performance.now() - started;
    });
    const mib = size / MiB;
    return [
      {
        section: 'e',
        name: `evidence upload of ${mib} MiB, streamed: server RSS above idle at its peak`,
        value: uploadPeak - idle,
        unit: 'MiB',
        // Buffered, it would rise by the file's size at least; streamed, it stays near 40 MiB (V8's heap
        // growth and garbage waiting for collection) whatever the size: 36 MiB for 50 MiB, 42 for 200.
        target: `< ${mib} MiB (the file's size)`,
        ok: uploadPeak - idle < mib,
        detail: { idleMiB: idle, peakMiB: uploadPeak },
      },
      { section: 'e', name: `evidence upload of ${mib} MiB (hash, seal in 64 KiB chunks, write)`, value: (size / MiB / uploadMs) * 1000, unit: 'MiB/s' },
      {
        section: 'e',
        name: `evidence download of ${mib} MiB (check the hash, then stream): server RSS above idle at its peak`,
        value: downloadPeak - idle,
        unit: 'MiB',
        target: `< ${mib} MiB`,
        ok: downloadPeak - idle < mib,
      },
      { section: 'e', name: `evidence download of ${mib} MiB (two passes: check, then send)`, value: (size / MiB / downloadMs) * 1000, unit: 'MiB/s' },
    ];
  } finally {
    await server.stop();
  }
}
