/**
 * Writes the PDF fonts: the DejaVu Sans faces of the `dejavu-fonts-ttf` package cut down to the
 * code points the platform prints (PDF_CODE_POINTS in components/pdf/fonts.ts: Latin, Latin-1,
 * Latin Extended-A, punctuation, a few symbols), into components/pdf/fonts/. Run it again after
 * changing PDF_CODE_POINTS or upgrading dejavu-fonts-ttf (the output is the same byte for byte
 * for the same input):
 *
 *   npx tsx scripts/subset-fonts.ts
 *
 * Why: react-pdf lays text out with fontkit, and with the full faces (6,253 glyphs for some
 * twenty scripts) that is the costly part of a render: every text run is shaped through the
 * faces' OpenType GSUB/GPOS lookups, and pdfkit compares the fonts' whole `name` tables (licence
 * text included) each time a run switches fonts. So:
 *  1. harfbuzz's hb-subset (through `subset-font`) keeps only the glyphs of PDF_CODE_POINTS, the
 *     hinting, and name records 0–6 (the licence travels as LICENSE beside the files);
 *  2. the GSUB, GPOS and GDEF tables are left out, and the kerning GPOS applied to these glyphs is
 *     written back as a classic TrueType `kern` table (every pair fontkit's own GPOS shaping
 *     kerns), which fontkit applies with one binary search per pair. Letters keep their spacing;
 *     what is lost are the fi/fl/ff ligatures (these print as two letters) — nothing else in
 *     Latin text uses GSUB.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PDF_CODE_POINTS, PDF_FONT_FILES } from '../components/pdf/fonts';

// subset-font (a dev dependency) and fontkit (react-pdf's font engine) ship no types.
const require = createRequire(import.meta.url);
type SubsetFont = (font: Buffer, text: string, options?: { targetFormat?: 'truetype'; dropTables?: string[] }) => Promise<Buffer>;
const subsetFont = require('subset-font') as SubsetFont;
const fontkit = require('fontkit') as { create(data: Buffer): unknown };

/** What this script uses of a fontkit font. */
interface FontkitFont {
  hasGlyphForCodePoint(cp: number): boolean;
  glyphForCodePoint(cp: number): { id: number };
  layout(text: string): { glyphs: { advanceWidth: number }[]; positions: { xAdvance: number }[] };
}
const openFont = (data: Buffer) => fontkit.create(data) as unknown as FontkitFont;

const SOURCE = path.join('node_modules', 'dejavu-fonts-ttf');
const TARGET = path.join('components', 'pdf', 'fonts');

const codePoints = PDF_CODE_POINTS.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i));
const text = String.fromCodePoint(...codePoints);

/** Kerning of every pair of the subset's characters, as [left glyph, right glyph, value] in `font`'s glyph ids. */
function kerningPairs(withGpos: FontkitFont, font: FontkitFont): [number, number, number][] {
  const present = codePoints.filter((cp) => font.hasGlyphForCodePoint(cp));
  const pairs = new Map<number, [number, number, number]>();
  for (const a of present) {
    for (const b of present) {
      const run = withGpos.layout(String.fromCodePoint(a, b));
      if (run.glyphs.length !== 2) continue;
      const value = run.positions[0].xAdvance - run.glyphs[0].advanceWidth;
      if (!value) continue;
      const left = font.glyphForCodePoint(a).id;
      const right = font.glyphForCodePoint(b).id;
      pairs.set(left * 65536 + right, [left, right, value]);
    }
  }
  return [...pairs.values()].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/** A `kern` table (version 0) of format-0 subtables, at most 10,000 sorted pairs each (a subtable's length is 16-bit). */
function kernTable(pairs: [number, number, number][]): Buffer {
  const subtables: Buffer[] = [];
  for (let i = 0; i < pairs.length; i += 10_000) {
    const part = pairs.slice(i, i + 10_000);
    const n = part.length;
    const power = 2 ** Math.floor(Math.log2(n));
    const b = Buffer.alloc(14 + n * 6);
    b.writeUInt16BE(0, 0); // subtable version
    b.writeUInt16BE(b.length, 2);
    b.writeUInt16BE(0x0001, 4); // coverage: horizontal, format 0
    b.writeUInt16BE(n, 6);
    b.writeUInt16BE(power * 6, 8); // searchRange
    b.writeUInt16BE(Math.log2(power), 10); // entrySelector
    b.writeUInt16BE((n - power) * 6, 12); // rangeShift
    part.forEach(([left, right, value], j) => {
      b.writeUInt16BE(left, 14 + j * 6);
      b.writeUInt16BE(right, 16 + j * 6);
      b.writeInt16BE(value, 18 + j * 6);
    });
    subtables.push(b);
  }
  const header = Buffer.alloc(4);
  header.writeUInt16BE(0, 0);
  header.writeUInt16BE(subtables.length, 2);
  return Buffer.concat([header, ...subtables]);
}

const pad4 = (b: Buffer) => Buffer.concat([b, Buffer.alloc((4 - (b.length % 4)) % 4)]);
function checksum(b: Buffer): number {
  const p = pad4(b);
  let sum = 0;
  for (let i = 0; i < p.length; i += 4) sum = (sum + p.readUInt32BE(i)) >>> 0;
  return sum;
}

/** The TrueType file `font` with one more table, its directory and checksums rewritten. */
function addTable(font: Buffer, tag: string, data: Buffer): Buffer {
  const tables: { tag: string; data: Buffer }[] = [];
  for (let i = 0; i < font.readUInt16BE(4); i++) {
    const record = 12 + i * 16;
    const offset = font.readUInt32BE(record + 8);
    tables.push({ tag: font.toString('latin1', record, record + 4), data: Buffer.from(font.subarray(offset, offset + font.readUInt32BE(record + 12))) });
  }
  tables.push({ tag, data });
  tables.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  const n = tables.length;
  const power = 2 ** Math.floor(Math.log2(n));
  const directory = Buffer.alloc(12 + n * 16);
  directory.writeUInt32BE(font.readUInt32BE(0), 0); // sfnt version
  directory.writeUInt16BE(n, 4);
  directory.writeUInt16BE(power * 16, 6);
  directory.writeUInt16BE(Math.log2(power), 8);
  directory.writeUInt16BE((n - power) * 16, 10);
  let offset = directory.length;
  let headOffset = 0;
  tables.forEach((t, i) => {
    if (t.tag === 'head') {
      t.data.writeUInt32BE(0, 8); // checkSumAdjustment, set below
      headOffset = offset;
    }
    const record = 12 + i * 16;
    directory.write(t.tag, record, 'latin1');
    directory.writeUInt32BE(checksum(t.data), record + 4);
    directory.writeUInt32BE(offset, record + 8);
    directory.writeUInt32BE(t.data.length, record + 12);
    offset += pad4(t.data).length;
  });
  const out = Buffer.concat([directory, ...tables.map((t) => pad4(t.data))]);
  out.writeUInt32BE((0xb1b0afba - checksum(out)) >>> 0, headOffset + 8);
  return out;
}

fs.mkdirSync(TARGET, { recursive: true });
for (const file of Object.values(PDF_FONT_FILES)) {
  const source = fs.readFileSync(path.join(SOURCE, 'ttf', file));
  const kerned = openFont(await subsetFont(source, text, { targetFormat: 'truetype', dropTables: ['GSUB'] }));
  const plain = await subsetFont(source, text, { targetFormat: 'truetype', dropTables: ['GSUB', 'GPOS', 'GDEF'] });
  const pairs = kerningPairs(kerned, openFont(plain));
  const out = addTable(plain, 'kern', kernTable(pairs));
  // The result must kern as the subset with GPOS does ("AV" is a kerned pair in every face).
  const check = openFont(out).layout('AV');
  const expected = kerned.layout('AV');
  if (check.positions[0].xAdvance !== expected.positions[0].xAdvance) throw new Error(`${file}: the kern table does not kern "AV" as GPOS does`);
  fs.writeFileSync(path.join(TARGET, file), out);
  console.log(`${file}: ${Math.round(source.length / 1024)} KiB → ${Math.round(out.length / 1024)} KiB, ${pairs.length} kerning pairs`);
}
const version = (JSON.parse(fs.readFileSync(path.join(SOURCE, 'package.json'), 'utf8')) as { version: string }).version;
fs.copyFileSync(path.join(SOURCE, 'LICENSE'), path.join(TARGET, 'LICENSE'));
fs.writeFileSync(
  path.join(TARGET, 'README.md'),
  `Subsets of DejaVu Sans ${version} (npm package \`dejavu-fonts-ttf\`) for the PDFs: the code points in` +
    ` \`components/pdf/fonts.ts\` (PDF_CODE_POINTS), kerning as a \`kern\` table instead of GPOS, no GSUB.` +
    ` Written by \`npx tsx scripts/subset-fonts.ts\`; do not edit by hand. Licence: LICENSE.\n`,
);
