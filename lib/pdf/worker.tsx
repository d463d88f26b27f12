import fs from 'node:fs';
import os from 'node:os';
import { parentPort } from 'node:worker_threads';
import { createElement, type ComponentType, type ReactElement } from 'react';
import { renderToBuffer, type DocumentProps } from '@react-pdf/renderer';
import { preparePdfFonts } from '@/components/pdf/fonts';
import { PDF_DOCUMENTS, PDF_PROGRAMS } from '@/components/pdf/registry';

/** A PDF worker thread (lib/pdf/pool.ts): renders one registered document (or program) at a time from plain data. */
const port = parentPort!;
lowerThreadPriority();
const ready = preparePdfFonts();

port.on('message', async (m: { id: number; name: string; props: Record<string, unknown> }) => {
  try {
    await ready;
    const render = (doc: ReactElement) => renderToBuffer(doc as ReactElement<DocumentProps>);
    const program = PDF_PROGRAMS[m.name as keyof typeof PDF_PROGRAMS] as ((props: unknown, r: typeof render) => Promise<Buffer>) | undefined;
    const component = PDF_DOCUMENTS[m.name as keyof typeof PDF_DOCUMENTS] as ComponentType<Record<string, unknown>> | undefined;
    if (!program && !component) throw new Error(`No PDF document named ${m.name}`);
    const pdf = program ? await program(m.props, render) : await render(createElement(component!, m.props));
    // A copy of its own: the Buffer may share a pooled ArrayBuffer that must not be transferred.
    const out = new Uint8Array(pdf);
    port.postMessage({ id: m.id, pdf: out }, [out.buffer as ArrayBuffer]);
  } catch (e) {
    port.postMessage({ id: m.id, error: (e as Error).stack ?? String(e) });
  }
});

/**
 * Printing yields the processor to pages: this thread runs at the lowest priority (nice
 * PDF_NICE, default 19), so a page request of the same process or another one is served first
 * when the cores are busy, and a printout takes the time that is left. Linux gives each thread an
 * id of its own (/proc/thread-self); elsewhere the thread keeps the process's priority.
 */
function lowerThreadPriority() {
  try {
    const tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) os.setPriority(tid, Number(process.env.PDF_NICE ?? 19));
  } catch {
    // Not Linux, or not allowed: the same priority as the pages.
  }
}
