import fs from 'node:fs';
import path from 'node:path';
import { Font } from '@react-pdf/renderer';

/**
 * PDF fonts. react-pdf's built-in Helvetica has no Polish letters (ą ę ł ń ś ź ż come out
 * garbled), so every document uses DejaVu Sans from the `dejavu-fonts-ttf` package, as prepared
 * by scripts/subset-fonts.ts in components/pdf/fonts/: only the code points in PDF_CODE_POINTS
 * (50–80 KiB a face instead of 700), kerning in a plain `kern` table, no GSUB/GPOS. The full faces
 * cost about a fifth of every render: fontkit shapes each text run through the OpenType lookups
 * of 6,253 glyphs, and pdfkit compares the fonts' whole `name` tables each time a run switches
 * fonts. react-pdf embeds only the glyphs a document uses. A character outside PDF_CODE_POINTS
 * prints as an empty box: widen the ranges and rerun the script.
 */
export const FONT = 'DejaVu Sans';
/** Narrower face of the same family, for dense tables. */
export const FONT_CONDENSED = 'DejaVu Sans Condensed';

/** The faces, by file name (the same in the subset folder, the package and the system folder). */
export const PDF_FONT_FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  condensed: 'DejaVuSansCondensed.ttf',
  condensedBold: 'DejaVuSansCondensed-Bold.ttf',
} as const;
const FILES = PDF_FONT_FILES;

/**
 * The folder with the TTF files: the subsets in components/pdf/fonts, else the full faces of the
 * package or the system. Looked up from the working directory (the project root under
 * `next start`, `next dev` and vitest) rather than through the module system, so bundling the
 * server code does not change it; PDF_FONT_DIR overrides it.
 */
export function fontDir(): string {
  const candidates = [
    process.env.PDF_FONT_DIR,
    path.join(process.cwd(), 'components', 'pdf', 'fonts'),
    path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf'),
    '/usr/share/fonts/truetype/dejavu',
  ].filter((d): d is string => !!d);
  const found = candidates.find((d) => fs.existsSync(path.join(d, FILES.regular)) && fs.existsSync(path.join(d, FILES.bold)));
  if (!found) throw new Error(`Nie znaleziono czcionek PDF (DejaVu Sans). Szukano w: ${candidates.join(', ')}.`);
  return found;
}

/**
 * Registers the fonts once. The guard asks react-pdf's own (global) registry rather than a flag
 * here, so a dev-mode reload of this module does not register them twice.
 */
export function registerPdfFonts() {
  if (Font.getRegisteredFontFamilies().includes(FONT)) return;
  const dir = fontDir();
  const file = (name: keyof typeof FILES) => path.join(dir, FILES[name]);
  if (fs.existsSync(file('condensed')) && fs.existsSync(file('condensedBold'))) {
    Font.register({
      family: FONT_CONDENSED,
      fonts: [
        { src: file('condensed'), fontWeight: 'normal' },
        { src: file('condensedBold'), fontWeight: 'bold' },
      ],
    });
  } else {
    // The fallback folder may lack the condensed face: alias it to the regular one.
    Font.register({ family: FONT_CONDENSED, fonts: [{ src: file('regular') }, { src: file('bold'), fontWeight: 'bold' }] });
  }
  // react-pdf hyphenates with English rules, which breaks Polish words in wrong places and adds
  // stray hyphens: wrap at spaces only.
  Font.registerHyphenationCallback((word) => [word]);
  // Last, as the guard above looks for this family.
  Font.register({
    family: FONT,
    fonts: [
      { src: file('regular'), fontWeight: 'normal' },
      { src: file('bold'), fontWeight: 'bold' },
      ...(fs.existsSync(file('italic')) ? [{ src: file('italic'), fontStyle: 'italic' as const }] : []),
    ],
  });
}

/**
 * The characters the PDFs can print: the subset fonts have these code points (and no others),
 * and the glyph caches are filled for them below. Basic Latin first (see warm()).
 */
export const PDF_CODE_POINTS: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], // Basic Latin first, so a glyph shared with a later code point keeps its ASCII one
  [0xa0, 0x17f], // Latin-1 and Latin Extended-A (all Polish letters, and Czech, Lithuanian, Hungarian…)
  [0x218, 0x21b], // Romanian ș ț
  [0x2000, 0x200a], // spaces of set widths
  [0x2010, 0x203a], // dashes, quotes „ ” ‚ ’, bullet, ellipsis, ‰, ‹ ›, narrow no-break space
  [0x20ac, 0x20ac], // €
  [0x2116, 0x2116], // №
  [0x2122, 0x2122], // ™
  [0x2190, 0x2193], // arrows
  [0x2212, 0x2212], // minus sign
  [0x2248, 0x2248], // ≈
  [0x2260, 0x2260], // ≠
  [0x2264, 0x2265], // ≤ ≥
  [0x25a0, 0x25a1], // ■ □
  [0x25cb, 0x25cb], // ○
  [0x25cf, 0x25cf], // ●
  [0x2713, 0x2717], // ✓ ✗
];

/*
 * Text extraction guard. fontkit keeps one Glyph object per glyph id for the life of the font,
 * with the characters it was first asked for. When a document is finished, subsetting a composite
 * glyph (ś = s + ´, ż = z + ˙, …) asks for its parts with no characters — so if "s" or "z" was
 * never typed before that, the cached glyph has none, and every later PDF maps it to nothing:
 * the letter prints, but copying, searching and screen readers lose it. Asking for every glyph
 * we may print once, by character, before the first render fills the cache the right way. (The
 * subset fonts keep the composite glyphs, so this holds for them too.)
 */
const WARM_RANGES = PDF_CODE_POINTS;

type WarmableFont = { hasGlyphForCodePoint(cp: number): boolean; glyphForCodePoint(cp: number): unknown };
const warmed = new WeakSet<object>();

function warm(font: WarmableFont) {
  if (warmed.has(font)) return;
  for (const [from, to] of WARM_RANGES) {
    for (let cp = from; cp <= to; cp++) if (font.hasGlyphForCodePoint(cp)) font.glyphForCodePoint(cp);
  }
  warmed.add(font);
}

/*
 * fontkit derives a face's metrics through getters that look up (and re-decode the check of) a
 * table on every read, and textkit reads unitsPerEm for every glyph it scales: about 2 % of a
 * render. The faces never change once loaded, so each value is read once and kept on the font.
 */
const METRICS = ['unitsPerEm', 'ascent', 'descent', 'lineGap', 'capHeight', 'xHeight', 'underlinePosition', 'underlineThickness', 'italicAngle', 'numGlyphs', 'bbox'] as const;

function pinMetrics(font: object) {
  for (const key of METRICS) {
    if (!(key in font)) continue;
    const value = (font as Record<string, unknown>)[key];
    // Some getters are memoised by fontkit itself: reading them has pinned them already.
    if (!Object.prototype.hasOwnProperty.call(font, key)) Object.defineProperty(font, key, { value, configurable: true });
  }
}

/** Registers the fonts, loads them and fills their glyph caches (see above). Call before rendering. */
export async function preparePdfFonts() {
  registerPdfFonts();
  const families = Font.getRegisteredFonts();
  for (const family of [FONT, FONT_CONDENSED]) {
    for (const source of families[family]?.sources ?? []) {
      await source.load();
      if (source.data && 'glyphForCodePoint' in source.data) {
        warm(source.data as unknown as WarmableFont);
        pinMetrics(source.data);
      }
    }
  }
}
