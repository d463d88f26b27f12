/**
 * The HTML twin of components/pdf/AgreementPdf.tsx, for the PDF benchmark: the same composed
 * document as one HTML page that headless Chromium prints with page.pdf({ format: 'A4' }). Same
 * layout in CSS (centred title, parties table, § paragraphs with hanging-indent points, tasks and
 * people tables whose header rows repeat on every page, signature boxes two per row, PROJEKT
 * watermark) and the same DejaVu TTF files through @font-face, so both sides lay out and embed the
 * same fonts. The header and the footer with "Strona X z Y" are Chromium's header and footer
 * templates (pageNumber / totalPages), which is how a Chromium-based service would number pages.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ComposedDocument, ComposedParagraph, ComposedParty, DocumentPerson } from '../../lib/documents/compose';
import { formatDate } from '../../lib/text';

const BRAND = 'Kooperacja — Platforma Modelu Kooperacji';
const DATE_BLANK = '……………………';

export interface AgreementHtmlOptions {
  kindLabel: string;
  draft: boolean;
  verificationCode: string;
  signedOn?: (string | null)[];
  statusNote?: string;
  /** Folder with DejaVuSans.ttf, DejaVuSans-Bold.ttf, DejaVuSansCondensed(-Bold).ttf. */
  fontDir: string;
  /** The @font-face family name; distinct from the system's "DejaVu Sans" so a font that fails to load shows. */
  family?: string;
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const fontUrl = (dir: string, file: string) => pathToFileURL(path.join(dir, file)).href;

/** The whole page: <html> with the stylesheet and the document. Fonts load from file:// URLs. */
export function agreementHtml(doc: ComposedDocument, o: AgreementHtmlOptions): string {
  const family = o.family ?? 'Koop DejaVu Sans';
  const condensed = `${family} Condensed`;
  const face = (fam: string, file: string, weight: string) => `@font-face { font-family: '${fam}'; src: url('${fontUrl(o.fontDir, file)}') format('truetype'); font-weight: ${weight}; font-style: normal; }`;
  const signing = doc.parties.map((party, i) => ({ party, date: o.signedOn?.[i] ?? null })).filter((x) => x.party.signs);
  const rows: string[] = [];
  for (let i = 0; i < signing.length; i += 2) rows.push(`<div class="sig-row">${signing.slice(i, i + 2).map((x) => signatureBox(x.party, x.date)).join('')}</div>`);
  return `<!doctype html>
<html lang="pl"><head><meta charset="utf-8"><title>${esc(doc.title)} nr ${esc(doc.number)}</title>
<meta name="description" content="${esc(o.kindLabel)}">
<style>
${face(family, 'DejaVuSans.ttf', '400')}
${face(family, 'DejaVuSans-Bold.ttf', '700')}
${face(condensed, 'DejaVuSansCondensed.ttf', '400')}
${face(condensed, 'DejaVuSansCondensed-Bold.ttf', '700')}
@page { size: A4; margin: 20mm 14mm 19mm 14mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: '${family}', serif; font-size: 10pt; line-height: 1.4; color: #111827; }
.watermark { position: fixed; top: 45%; left: 0; right: 0; text-align: center; font-size: 100pt; font-weight: 700; color: #9ca3af; opacity: 0.22; transform: rotate(-40deg); z-index: -1; }
.title-block { text-align: center; margin: 4pt 0 14pt; }
h1 { font-size: 14pt; line-height: 1.25; margin: 0; }
.number { font-size: 10.5pt; margin-top: 3pt; }
.status { font-size: 8pt; color: #b91c1c; margin-top: 4pt; }
p { margin: 0 0 6pt; text-align: justify; white-space: pre-line; }
.preamble { margin-bottom: 10pt; }
.par-head { text-align: center; font-weight: 700; font-size: 10.5pt; line-height: 1.3; margin: 10pt 0 5pt; break-after: avoid; break-inside: avoid; }
ol.points { margin: 0; padding: 0; list-style: none; counter-reset: pt; }
ol.points > li { position: relative; padding-left: 18pt; margin-bottom: 4pt; text-align: justify; white-space: pre-line; counter-increment: pt; }
ol.points > li::before { content: counter(pt) "."; position: absolute; left: 0; }
table { width: 100%; border-collapse: collapse; font-family: '${condensed}', '${family}', serif; font-size: 8.5pt; line-height: 1.25; margin: 6pt 0 10pt; }
thead { display: table-header-group; }
th { background: #1f3b63; color: #fff; font-weight: 700; text-align: left; padding: 2.5pt 3pt; }
td { padding: 2.5pt 3pt; vertical-align: top; border-bottom: 0.5pt solid #e5e7eb; }
tr { break-inside: avoid; }
tbody tr:nth-child(even) td { background: #f3f4f6; }
.muted { color: #4b5563; }
td b { font-weight: 700; }
ol.tasks { margin: 0; padding-left: 13pt; }
caption { caption-side: top; text-align: left; font-family: '${family}', serif; font-weight: 700; font-size: 10.5pt; padding: 9pt 0 4pt; }
.closing { margin-top: 10pt; }
.signatures { margin-top: 18pt; }
.sig-row { display: flex; justify-content: space-between; margin-bottom: 14pt; break-inside: avoid; }
.sig { width: 48%; border: 0.75pt solid #9ca3af; padding: 7pt 9pt; break-inside: avoid; }
.sig-role { font-size: 7.5pt; color: #4b5563; text-transform: uppercase; letter-spacing: 0.3pt; }
.sig-party { font-size: 9.5pt; font-weight: 700; margin-top: 2pt; }
.sig-person { font-size: 9pt; margin-top: 4pt; }
.sig-function { font-size: 8.5pt; color: #4b5563; }
.sig-date { font-size: 9pt; margin-top: 8pt; }
.sig-line { margin-top: 30pt; border-bottom: 0.75pt dotted #111827; }
.sig-caption { font-size: 7pt; color: #4b5563; text-align: center; margin-top: 2pt; }
</style></head>
<body>
${o.draft ? '<div class="watermark">PROJEKT</div>' : ''}
<div class="title-block"><h1>${esc(doc.title)}</h1><div class="number">Nr ${esc(doc.number)}</div>${o.statusNote ? `<div class="status">${esc(o.statusNote)}</div>` : ''}</div>
${doc.preamble ? `<p class="preamble">${esc(doc.preamble)}</p>` : ''}
${partiesTable(doc.parties)}
${doc.paragraphs.map((p) => paragraph(p, doc)).join('\n')}
${doc.closing ? `<p class="closing">${esc(doc.closing)}</p>` : ''}
${rows.length ? `<div class="signatures">${rows.join('')}</div>` : ''}
</body></html>`;
}

/** Chromium's header and footer templates for page.pdf() (they cannot load web fonts: system sans). */
export function agreementHeaderFooter(doc: ComposedDocument, verificationCode: string) {
  const outer = 'width: 100%; padding: 0 14mm; box-sizing: border-box; font-family: sans-serif; font-size: 7.5pt; color: #4b5563;';
  const inner = 'display: flex; justify-content: space-between;';
  return {
    headerTemplate: `<div style="${outer}"><div style="${inner} border-bottom: 0.75pt solid #9ca3af; padding-bottom: 4pt;"><span>${esc(BRAND)}</span><b style="color:#111827">${esc(doc.title)}</b></div></div>`,
    footerTemplate: `<div style="${outer}"><div style="${inner} border-top: 0.75pt solid #9ca3af; padding-top: 4pt;"><span>Nr ${esc(doc.number)} · Kod weryfikacyjny: ${esc(verificationCode)}</span><span>Strona <span class="pageNumber"></span> z <span class="totalPages"></span></span></div></div>`,
  };
}

function paragraph(p: ComposedParagraph, doc: ComposedDocument): string {
  const head = `<div class="par-head">§ ${p.number}${p.heading ? `<br>${esc(p.heading)}` : ''}</div>`;
  const body = p.points.length > 1 ? `<ol class="points">${p.points.map((x) => `<li>${esc(x)}</li>`).join('')}</ol>` : p.points.map((x) => `<p>${esc(x)}</p>`).join('');
  const table = p.table === 'parties' ? partiesTable(doc.parties) : p.table === 'tasks' ? tasksTable(doc.parties) : p.table === 'people' ? peopleTable(doc.people, doc.peopleLabel) : '';
  return head + body + table;
}

function partiesTable(parties: ComposedParty[]): string {
  const rows = parties
    .map(
      (p) =>
        `<tr><td style="width:18%">${esc(p.roleLabel)}</td><td style="width:46%"><b>${esc(p.name)}</b>${p.address ? `<br><span class="muted">${esc(p.address)}</span>` : ''}</td><td style="width:36%">${esc(p.representativeName || '—')}${p.representativeFunction ? `<br><span class="muted">${esc(p.representativeFunction)}</span>` : ''}</td></tr>`,
    )
    .join('');
  return `<table><thead><tr><th>Strona</th><th>Nazwa</th><th>Reprezentowana przez</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function tasksTable(parties: ComposedParty[]): string {
  const rows = parties
    .filter((p) => p.tasks.length)
    .map((p) => `<tr><td style="width:30%"><b>${esc(p.name)}</b><br><span class="muted">${esc(p.roleLabel)}</span></td><td style="width:70%"><ol class="tasks">${p.tasks.map((t) => `<li>${esc(t)}</li>`).join('')}</ol></td></tr>`)
    .join('');
  return `<table><thead><tr><th>Strona</th><th>Zadania</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function peopleTable(people: DocumentPerson[], label: string | null): string {
  const rows = people.map((p) => `<tr><td style="width:34%">${esc(p.function)}</td><td style="width:28%">${esc(p.name)}</td><td style="width:38%">${esc(p.unit)}</td></tr>`).join('');
  return `<table>${label ? `<caption>${esc(label)}</caption>` : ''}<thead><tr><th>Funkcja</th><th>Imię i nazwisko</th><th>Jednostka</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function signatureBox(party: ComposedParty, date: string | null): string {
  return `<div class="sig"><div class="sig-role">${esc(party.roleLabel)}</div><div class="sig-party">${esc(party.name)}</div><div class="sig-person">${esc(party.representativeName || DATE_BLANK)}</div>${
    party.representativeFunction ? `<div class="sig-function">${esc(party.representativeFunction)}</div>` : ''
  }<div class="sig-date">Data: ${date ? formatDate(date) : DATE_BLANK}</div><div class="sig-line"></div><div class="sig-caption">podpis i pieczęć</div></div>`;
}
