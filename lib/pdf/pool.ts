import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * A pool of worker threads that render PDFs, so that printing never blocks the pages served by the
 * process (issue 19): each worker loads react-pdf, the fonts and the document components once
 * (lib/pdf/worker.tsx); a render is sent as the component's registered name and its props (plain
 * data). The queue is bounded: when it is full a render is refused at once with PdfQueueFullError
 * (a 503 with Retry-After for the browser), never left to hang.
 */
export class PdfQueueFullError extends Error {
  constructor() {
    super('Serwer drukuje teraz wiele dokumentów. Spróbuj ponownie za kilka sekund.');
    this.name = 'PdfQueueFullError';
  }
}

interface Job {
  id: number;
  name: string;
  props: unknown;
  resolve: (pdf: Buffer) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

export interface PoolOptions {
  size: number;
  /** Jobs waiting beyond those being rendered; one more is refused. */
  queueLimit: number;
  /** A render taking longer is abandoned (its worker replaced). */
  timeoutMs?: number;
  /** The worker's entry: the build's bundle or a plain .mjs that loads the TypeScript worker (defaultEntry). */
  entry?: string;
}

/**
 * The production server starts the worker bundled by the build (scripts/build-pdf-worker.ts);
 * development and the tests load the TypeScript sources as they are, through tsx.
 */
function defaultEntry(): string {
  const bundle = path.join(process.cwd(), '.next', 'pdf-worker.mjs');
  if (process.env.NODE_ENV === 'production' && fs.existsSync(bundle)) return bundle;
  return path.join(process.cwd(), 'lib', 'pdf', 'worker-entry.mjs');
}

export class PdfPool {
  private slots: Slot[] = [];
  private queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  readonly size: number;
  readonly queueLimit: number;
  private readonly timeoutMs: number;
  private readonly entry: string;

  constructor(opts: PoolOptions) {
    this.size = Math.max(1, opts.size);
    this.queueLimit = Math.max(0, opts.queueLimit);
    this.timeoutMs = opts.timeoutMs ?? 60_000;
    this.entry = opts.entry ?? defaultEntry();
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn());
  }

  /** Jobs rendering and waiting now. */
  get load() {
    return { rendering: this.slots.filter((s) => s.job).length, waiting: this.queue.length };
  }

  render(name: string, props: unknown): Promise<Buffer> {
    if (this.closed) return Promise.reject(new Error('PDF pool closed'));
    const idle = this.slots.find((s) => !s.job);
    if (!idle && this.queue.length >= this.queueLimit) return Promise.reject(new PdfQueueFullError());
    return new Promise<Buffer>((resolve, reject) => {
      const job: Job = { id: this.nextId++, name, props, resolve, reject };
      if (idle) this.start(idle, job);
      else this.queue.push(job);
    });
  }

  async close() {
    this.closed = true;
    for (const j of this.queue.splice(0)) j.reject(new Error('PDF pool closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    // A render that needs more memory than PDF_WORKER_HEAP_MB (default 128) fails alone: the worker is replaced.
    const worker = new Worker(this.entry, { resourceLimits: { maxOldGenerationSizeMb: Number(process.env.PDF_WORKER_HEAP_MB) || 128 } });
    worker.unref();
    const slot: Slot = { worker, job: null, timer: null };
    worker.on('message', (m: { id: number; pdf?: Uint8Array; error?: string }) => {
      const job = slot.job;
      if (!job || job.id !== m.id) return;
      this.finish(slot);
      if (m.pdf) job.resolve(Buffer.from(m.pdf.buffer, m.pdf.byteOffset, m.pdf.byteLength));
      else job.reject(new Error(m.error ?? 'PDF render failed'));
      this.next(slot);
    });
    const replace = (why: Error) => {
      const job = slot.job;
      this.finish(slot);
      job?.reject(why);
      if (this.closed) return;
      const i = this.slots.indexOf(slot);
      if (i >= 0) {
        const fresh = this.spawn();
        this.slots[i] = fresh;
        this.next(fresh);
      }
    };
    worker.on('error', (e) => replace(e));
    worker.on('exit', (code) => {
      if (!this.closed && this.slots.includes(slot)) replace(new Error(`PDF worker exited (${code})`));
    });
    return slot;
  }

  private start(slot: Slot, job: Job) {
    slot.job = job;
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      const j = slot.job;
      if (!j) return;
      this.finish(slot);
      j.reject(new Error('PDF render timed out'));
      const i = this.slots.indexOf(slot);
      void slot.worker.terminate();
      if (i >= 0 && !this.closed) {
        const fresh = this.spawn();
        this.slots[i] = fresh;
        this.next(fresh);
      }
    }, this.timeoutMs);
    slot.worker.postMessage({ id: job.id, name: job.name, props: job.props });
  }

  private finish(slot: Slot) {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    slot.worker.unref();
  }

  private next(slot: Slot) {
    const job = this.queue.shift();
    if (job) this.start(slot, job);
  }
}
