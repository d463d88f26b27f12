/**
 * PDF benchmark: a powiat–gmina agreement (one powiat, three gminas, tasks and people tables)
 * rendered in process with react-pdf through renderPdf(), against Debian's Chromium printing the
 * same document as HTML (scripts/bench/pdf-html.ts) with page.pdf({ format: 'A4' }): a new browser
 * context and page per document ("fresh"), one page reused ("warm"), and a new browser per
 * document ("launch"). Each side's peak memory is measured too: the growth of the rendering
 * process's RSS while react-pdf renders, and the summed RSS of Chromium's process tree.
 *
 * The measuring runs in a child Node process (node --import tsx, without the react-server
 * condition that `npm run bench` uses: react-pdf's reconciler needs React's client build), which
 * also keeps the memory figures clear of the rest of the bench. The child prints its metrics as
 * JSON lines; the section reports them like any other.
 *
 * Part of `npm run bench` (BENCH_ONLY=pdf), or alone, without the app's build:
 *   npx tsx scripts/bench/pdf.ts
 * Environment: BENCH_PDF_RUNS (timed renders per variant, default 50), BENCH_PDF_LAUNCH_RUNS
 * (default 10), BENCH_PDF_TEMPLATE=fixture (the short fixture instead of the seeded template),
 * CHROMIUM_PATH (default /usr/bin/chromium; the Chromium part is skipped without it).
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createElement } from 'react';
import { composeDocument, type ComposedDocument, type DocumentContent, type DocumentMeta, type DocumentParty, type DocumentPerson } from '../../lib/documents/compose';
import { DOCUMENT_KIND_LABELS, type TemplateBody } from '../../lib/documents/template';
import { Cleanup, percentile, report, result, type Metric } from './lib';
import { agreementHeaderFooter, agreementHtml } from './pdf-html';

const RUNS = Number(process.env.BENCH_PDF_RUNS || 50);
const LAUNCH_RUNS = Number(process.env.BENCH_PDF_LAUNCH_RUNS || 10);
const WARMUPS = 5;
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const VERIFICATION_CODE = 'K7QM-4XRD-93TB';
const KIND = 'agreement_powiat_gmina' as const;
const MB = 1024 * 1024;
const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;

// ---- The document ----

/** Used while db/seed/document-templates.ts (the real templates) does not exist yet. */
export const FIXTURE_TEMPLATE: TemplateBody = {
  title: 'Porozumienie o współpracy powiatu i gmin we wdrażaniu Modelu Kooperacji',
  preamble:
    'zawarte w dniu {{data_zawarcia}} w miejscowości {{miejsce_zawarcia}} pomiędzy: {{strony:powiat}} oraz {{strony:gmina}}, zwanymi dalej łącznie „Stronami”, a każda z osobna „Stroną”, reprezentowanymi przez osoby wskazane w tabeli poniżej.',
  paragraphs: [
    {
      key: 'przedmiot',
      heading: 'Przedmiot porozumienia',
      text:
        'Przedmiotem porozumienia jest określenie zasad współpracy Stron przy wdrażaniu Modelu Kooperacji w gminach: {{gminy}} (powiat {{powiat}}, województwo {{wojewodztwo}}).\n\n' +
        'Celem porozumienia jest {{cel}}\n\n' +
        'Model Kooperacji jest wdrażany według harmonogramu prowadzonego na Platformie Kooperacja, który Strony uznają za wiążący w zakresie terminów realizacji poszczególnych etapów i kroków.',
    },
    {
      key: 'definicje',
      heading: 'Definicje',
      text:
        'Ilekroć w porozumieniu jest mowa o: „Modelu” — należy przez to rozumieć model kooperacji jednostek organizacyjnych pomocy społecznej z podmiotami innych polityk sektorowych; „animatorze kooperacji” — należy przez to rozumieć osobę wyznaczoną przez Stronę do inicjowania i koordynowania współpracy; „Platformie” — należy przez to rozumieć system teleinformatyczny Kooperacja, w którym Strony prowadzą harmonogram wdrożenia, dokumentację i sprawozdania.',
    },
    {
      key: 'zadania',
      heading: 'Zadania Stron',
      text:
        'Strony realizują zadania wskazane w tabeli poniżej, każda w zakresie swojej właściwości i ze środków, którymi dysponuje.\n\n' +
        'Zmiana zakresu zadań którejkolwiek ze Stron wymaga aneksu do porozumienia w formie pisemnej pod rygorem nieważności.',
      table: 'tasks',
    },
    {
      key: 'osoby',
      heading: 'Osoby odpowiedzialne za realizację porozumienia',
      text:
        'Do bieżącej realizacji porozumienia Strony wyznaczają osoby wymienione w tabeli poniżej.\n\n' +
        'Zmiana osoby wyznaczonej nie wymaga aneksu do porozumienia; Strona dokonująca zmiany zawiadamia o niej pozostałe Strony na piśmie lub za pośrednictwem Platformy w terminie 7 dni od dnia zmiany.',
      table: 'people',
    },
    {
      key: 'wspolpraca',
      heading: 'Zasady współpracy',
      text:
        'Strony spotykają się co najmniej raz na kwartał w ramach Powiatowego Zespołu Kooperacji; spotkania zwołuje {{strony:powiat}} za pośrednictwem Powiatowego Centrum Pomocy Rodzinie w Sokółce.\n\n' +
        'Strony wymieniają informacje o realizacji zadań za pośrednictwem Platformy, a w sprawach pilnych — telefonicznie lub pocztą elektroniczną.\n\n' +
        'Każda ze Stron sporządza półroczną informację o postępie wdrożenia w swojej gminie lub powiecie i udostępnia ją pozostałym Stronom do 31 stycznia i 31 lipca każdego roku.\n\n' +
        'Spory wynikłe z realizacji porozumienia Strony rozstrzygają w drodze negocjacji, a w razie ich niepowodzenia — przed sądem właściwym dla siedziby powiatu.',
    },
    {
      key: 'dane_osobowe',
      heading: 'Ochrona danych osobowych',
      text:
        'Każda ze Stron jest odrębnym administratorem danych osobowych przetwarzanych w związku z realizacją porozumienia i przetwarza je zgodnie z rozporządzeniem Parlamentu Europejskiego i Rady (UE) 2016/679 (RODO).\n\n' +
        'Strony udostępniają sobie wzajemnie wyłącznie dane niezbędne do realizacji porozumienia, w szczególności imiona, nazwiska, służbowe numery telefonów i adresy poczty elektronicznej osób wyznaczonych.\n\n' +
        'Dane osób i rodzin korzystających ze wsparcia nie są przekazywane za pośrednictwem Platformy; Strony wymieniają wyłącznie informacje zbiorcze.',
      optional: { label: 'Ochrona danych osobowych', defaultOn: true },
    },
    {
      key: 'finansowanie',
      heading: 'Finansowanie',
      text:
        'Porozumienie nie rodzi zobowiązań finansowych Stron wobec siebie nawzajem.\n\n' +
        'Koszty realizacji zadań, o których mowa w § 3, każda ze Stron ponosi we własnym zakresie.',
    },
    {
      key: 'okres',
      heading: 'Okres obowiązywania i rozwiązanie porozumienia',
      text:
        'Porozumienie zostaje zawarte na czas określony do dnia {{okres_do}}.\n\n' +
        'Każda ze Stron może wypowiedzieć porozumienie z zachowaniem trzymiesięcznego okresu wypowiedzenia, ze skutkiem na koniec miesiąca kalendarzowego; wypowiedzenie przez jedną z gmin nie narusza mocy porozumienia wobec pozostałych Stron.\n\n' +
        'Porozumienie może zostać rozwiązane w każdym czasie za zgodą wszystkich Stron.',
    },
    {
      key: 'koncowe',
      heading: 'Postanowienia końcowe',
      text:
        'Wszelkie zmiany porozumienia wymagają formy pisemnej w postaci aneksu, z zastrzeżeniem § 4 ust. 2.\n\n' +
        'W sprawach nieuregulowanych porozumieniem stosuje się przepisy Kodeksu cywilnego oraz ustawy z dnia 12 marca 2004 r. o pomocy społecznej.\n\n' +
        'Porozumienie wchodzi w życie z dniem podpisania przez wszystkie Strony.',
    },
  ],
  fields: [
    { key: 'cel', label: 'Cel porozumienia', type: 'textarea', required: true },
    { key: 'okres_do', label: 'Porozumienie obowiązuje do', type: 'date', required: true },
    { key: 'liczba_egzemplarzy', label: 'Liczba egzemplarzy', type: 'text', required: true, defaultValue: 'czterech' },
  ],
  parties: [
    { role: 'powiat', label: 'Powiat', source: 'powiat', min: 1, max: 1, signs: true, tasks: true },
    { role: 'gmina', label: 'Gmina', source: 'gmina', min: 1, max: 30, signs: true, tasks: true },
  ],
  peopleLabel: 'Osoby wyznaczone do realizacji porozumienia',
  closing: 'Porozumienie sporządzono w {{liczba_egzemplarzy}} jednobrzmiących egzemplarzach, po jednym dla każdej ze Stron.',
};

/** Values of the fields the template has no default for (the seeded template's and the fixture's). */
const FIELD_VALUES: Record<string, string> = {
  cel: 'zbudowanie trwałej współpracy ośrodków pomocy społecznej, Powiatowego Centrum Pomocy Rodzinie, Powiatowego Urzędu Pracy, szkół i podmiotów ochrony zdrowia, tak aby osoby i rodziny wymagające wsparcia otrzymywały je w jednym, uzgodnionym planie, bez zbędnego powielania działań.',
  okres_do: '2028-09-30',
  liczba_egzemplarzy: 'czterech',
  termin_powolania_pzk: '2027-06-30',
  data_rozpoczecia: '2027-04-01',
  data_zakonczenia: '2028-09-30',
  osoby_kontaktowe: [
    'Małgorzata Żółkiewska, Powiatowe Centrum Pomocy Rodzinie w Sokółce, tel. 85 711 08 40, m.zolkiewska@pcpr.sokolka.example.pl',
    'Katarzyna Łukaszewicz, Gminny Ośrodek Pomocy Społecznej w Janowie, tel. 85 721 60 12, gops@janow.example.pl',
    'Paweł Wróblewski, Gminny Ośrodek Pomocy Społecznej w Korycinie, tel. 85 721 35 50, gops@korycin.example.pl',
    'Agnieszka Dźwigała, Miejsko-Gminny Ośrodek Pomocy Społecznej w Dąbrowie Białostockiej, tel. 85 712 10 31, mgops@dabrowa.example.pl',
  ].join('\n'),
};

const POWIAT: DocumentParty = {
  role: 'powiat',
  institutionId: null,
  unitId: null,
  name: 'Powiat Sokólski',
  address: 'ul. Marszałka Józefa Piłsudskiego 8, 16-100 Sokółka',
  representativeName: 'Andrzej Żukowski',
  representativeFunction: 'Starosta Sokólski',
  tasks: [
    'Koordynacja wdrażania Modelu w gminach powiatu i prowadzenie Powiatowego Zespołu Kooperacji.',
    'Wyznaczenie animatora kooperacji w Powiatowym Centrum Pomocy Rodzinie w Sokółce.',
    'Zapewnienie udziału Powiatowego Urzędu Pracy w Sokółce w pracach zespołów gminnych.',
    'Organizacja szkoleń dla pracowników ośrodków pomocy społecznej — co najmniej dwóch w roku.',
    'Sporządzanie zbiorczej informacji o postępie wdrożenia dla Regionalnego Ośrodka Polityki Społecznej w Białymstoku.',
  ].join('\n'),
};

const GMINAS: DocumentParty[] = [
  {
    role: 'gmina',
    institutionId: null,
    unitId: null,
    name: 'Gmina Janów',
    address: 'ul. Częstochowska 27, 16-130 Janów',
    representativeName: 'Krzysztof Łapiński',
    representativeFunction: 'Wójt Gminy Janów',
    tasks: [
      'Wyznaczenie animatora kooperacji w Gminnym Ośrodku Pomocy Społecznej w Janowie.',
      'Powołanie gminnego zespołu kooperacji i zwoływanie jego posiedzeń co najmniej raz w miesiącu.',
      'Prowadzenie harmonogramu wdrożenia na Platformie i aktualizacja stanu kroków w ciągu 7 dni.',
      'Zapewnienie pomieszczenia na spotkania z mieszkańcami w Gminnym Ośrodku Kultury.',
    ].join('\n'),
  },
  {
    role: 'gmina',
    institutionId: null,
    unitId: null,
    name: 'Gmina Korycin',
    address: 'ul. Knyszyńska 8, 16-140 Korycin',
    representativeName: 'Grażyna Śliwińska',
    representativeFunction: 'Wójt Gminy Korycin',
    tasks: [
      'Wyznaczenie animatora kooperacji w Gminnym Ośrodku Pomocy Społecznej w Korycinie.',
      'Powołanie gminnego zespołu kooperacji z udziałem szkoły podstawowej i ośrodka zdrowia.',
      'Prowadzenie harmonogramu wdrożenia na Platformie i aktualizacja stanu kroków w ciągu 7 dni.',
      'Przygotowanie diagnozy potrzeb mieszkańców w zakresie usług społecznych do końca pierwszego etapu.',
      'Udział przedstawiciela gminy w posiedzeniach Powiatowego Zespołu Kooperacji.',
    ].join('\n'),
  },
  {
    role: 'gmina',
    institutionId: null,
    unitId: null,
    name: 'Gmina Dąbrowa Białostocka',
    address: 'ul. Solidarności 1, 16-200 Dąbrowa Białostocka',
    representativeName: 'Józef Żebrowski',
    representativeFunction: 'Burmistrz Dąbrowy Białostockiej',
    tasks: [
      'Wyznaczenie animatora kooperacji w Miejsko-Gminnym Ośrodku Pomocy Społecznej w Dąbrowie Białostockiej.',
      'Powołanie gminnego zespołu kooperacji i zwoływanie jego posiedzeń co najmniej raz w miesiącu.',
      'Prowadzenie harmonogramu wdrożenia na Platformie i aktualizacja stanu kroków w ciągu 7 dni.',
      'Włączenie do współpracy organizacji pozarządowych działających na terenie gminy.',
      'Przygotowanie katalogu usług społecznych dostępnych w gminie i jego coroczna aktualizacja.',
      'Udział przedstawiciela gminy w posiedzeniach Powiatowego Zespołu Kooperacji.',
    ].join('\n'),
  },
];

const PEOPLE: DocumentPerson[] = [
  { function: 'Koordynator powiatowy', name: 'Małgorzata Żółkiewska', unit: 'Powiatowe Centrum Pomocy Rodzinie w Sokółce' },
  { function: 'Animator kooperacji (powiat)', name: 'Tomasz Ściebura', unit: 'Powiatowe Centrum Pomocy Rodzinie w Sokółce' },
  { function: 'Przedstawiciel urzędu pracy', name: 'Ewa Gąsiorowska', unit: 'Powiatowy Urząd Pracy w Sokółce' },
  { function: 'Animator kooperacji (gmina)', name: 'Katarzyna Łukaszewicz', unit: 'Gminny Ośrodek Pomocy Społecznej w Janowie' },
  { function: 'Animator kooperacji (gmina)', name: 'Paweł Wróblewski', unit: 'Gminny Ośrodek Pomocy Społecznej w Korycinie' },
  { function: 'Animator kooperacji (gmina)', name: 'Agnieszka Dźwigała', unit: 'Miejsko-Gminny Ośrodek Pomocy Społecznej w Dąbrowie Białostockiej' },
  { function: 'Kierownik ośrodka pomocy społecznej', name: 'Zbigniew Kościuszko', unit: 'Gminny Ośrodek Pomocy Społecznej w Korycinie' },
  { function: 'Pracownik socjalny', name: 'Joanna Bąkowska', unit: 'Miejsko-Gminny Ośrodek Pomocy Społecznej w Dąbrowie Białostockiej' },
];

const META: DocumentMeta = {
  kind: KIND,
  number: 'KOOP/20/11/2027/003',
  voivodeshipName: 'podlaskie',
  powiatName: 'sokólski',
  gminaNames: ['Janów', 'Korycin', 'Dąbrowa Białostocka'],
  parent: null,
};

/**
 * The real template from db/seed/document-templates.ts when that file exists (imported by file
 * URL, so this bench does not fail to compile without it), else the fixture above.
 */
export async function agreementTemplate(): Promise<{ template: TemplateBody; source: string }> {
  const file = path.resolve('db/seed/document-templates.ts');
  if (fs.existsSync(file) && process.env.BENCH_PDF_TEMPLATE !== 'fixture') {
    const mod = (await import(pathToFileURL(file).href)) as { DOCUMENT_TEMPLATES?: Record<string, TemplateBody> };
    const t = mod.DOCUMENT_TEMPLATES?.[KIND];
    if (t) return { template: t, source: 'db/seed/document-templates.ts' };
  }
  return { template: FIXTURE_TEMPLATE, source: 'fixture (scripts/bench/pdf.ts)' };
}

/** The composed agreement: Powiat Sokólski and three of its gminas, their tasks, eight people. */
export async function benchAgreement(): Promise<{ doc: ComposedDocument; source: string }> {
  const { template, source } = await agreementTemplate();
  // The template's own role keys: the parties are placed by where they come from.
  const roleFor = (src: 'powiat' | 'gmina') => template.parties.find((r) => r.source === src)?.role ?? src;
  const parties = [POWIAT, ...GMINAS].map((p) => ({ ...p, role: roleFor(p.role as 'powiat' | 'gmina') }));
  const fields = Object.fromEntries(
    template.fields.map((f) => [f.key, f.defaultValue || FIELD_VALUES[f.key] || (f.type === 'date' ? '2028-09-30' : 'treść przykładowa')]),
  );
  const content: DocumentContent = {
    place: 'Sokółka',
    concludedOn: '2027-03-15',
    parties,
    people: PEOPLE,
    fields,
    clauses: template.paragraphs.filter((p) => p.optional?.defaultOn).map((p) => p.key),
  };
  return { doc: composeDocument(template, content, META), source };
}

const SIGNED_ON = ['2027-03-15', '2027-03-15', null, '2027-03-17'];

/** The react-pdf side, imported only where it renders (the child process). */
async function reactPdf() {
  const [{ AgreementPdf }, { renderPdf }, fonts] = await Promise.all([import('../../components/pdf/AgreementPdf'), import('../../lib/pdf/render'), import('../../components/pdf/fonts')]);
  const element = (doc: ComposedDocument) => createElement(AgreementPdf, { doc, kindLabel: DOCUMENT_KIND_LABELS[KIND], draft: false, verificationCode: VERIFICATION_CODE, signedOn: SIGNED_ON });
  return { render: (doc: ComposedDocument) => renderPdf(element(doc)), preparePdfFonts: fonts.preparePdfFonts };
}

// ---- Measuring ----

/** Pages of a PDF: pdfinfo when it is installed, else the page objects counted. */
export function pdfPageCount(pdf: Uint8Array): number {
  try {
    const file = path.join(os.tmpdir(), `bench-pdf-${process.pid}-${Math.random().toString(36).slice(2)}.pdf`);
    fs.writeFileSync(file, pdf);
    try {
      const m = /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
      if (m) return Number(m[1]);
    } finally {
      fs.rmSync(file, { force: true });
    }
  } catch {
    // no pdfinfo: count below
  }
  return (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** Child processes of `root`, all generations (from /proc). */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // gone meanwhile
    }
  }
  const out: number[] = [];
  const stack = [...(children.get(root) ?? [])];
  while (stack.length) {
    const pid = stack.pop()!;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** The Chromium processes below this one. */
function chromiumPids(): number[] {
  return descendants(process.pid).filter((pid) => {
    try {
      return /chrom/i.test(fs.readFileSync(`/proc/${pid}/comm`, 'utf8')) || fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('chromium');
    } catch {
      return false; // gone meanwhile
    }
  });
}

/**
 * Summed memory (bytes) of Chromium's processes: VmRSS, which counts the pages they share (the
 * binary, shared memory) once per process, or Pss, which splits shared pages between them.
 */
function chromiumTreeMemory(kind: 'rss' | 'pss'): number {
  let bytes = 0;
  for (const pid of chromiumPids()) {
    try {
      const text = fs.readFileSync(kind === 'rss' ? `/proc/${pid}/status` : `/proc/${pid}/smaps_rollup`, 'utf8');
      const m = (kind === 'rss' ? /^VmRSS:\s+(\d+)\s+kB/m : /^Pss:\s+(\d+)\s+kB/m).exec(text);
      if (m) bytes += Number(m[1]) * 1024;
    } catch {
      // gone meanwhile
    }
  }
  return bytes;
}

/** Polls a reading every `ms` until stopped; keeps the highest. */
function peakSampler(read: () => number, ms = 50) {
  let peak = read();
  const timer = setInterval(() => {
    peak = Math.max(peak, read());
  }, ms);
  return {
    sample: () => (peak = Math.max(peak, read())),
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, read());
    },
  };
}

/** CPU time (ms) this process has used, all threads (JavaScript, GC helpers). */
const ownCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

let clockTick: number | undefined;
/** CPU time (ms) Chromium's live processes have used, plus this process's (the Playwright client). */
function chromiumCpuMs(): number {
  clockTick ??= (() => {
    try {
      return 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    } catch {
      return 10;
    }
  })();
  let ticks = 0;
  for (const pid of chromiumPids()) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(f[11]) + Number(f[12]); // utime, stime
    } catch {
      // gone meanwhile
    }
  }
  return ticks * clockTick + ownCpuMs();
}

interface Timings {
  /** Wall-clock milliseconds per call. */
  wall: number[];
  /** CPU milliseconds per call (see the cpu reading passed in): less disturbed by other load. */
  cpu: number[];
}

/**
 * Times fn `n` times after `warmups` untimed calls. When fn returns a function, that is awaited
 * after the clock stops (closing what the call opened, outside the timing). `cpu` reads a CPU
 * time counter before and after each call.
 */
async function timedRuns(n: number, warmups: number, fn: () => Promise<unknown>, { after, cpu }: { after?: () => void; cpu: () => number }): Promise<Timings> {
  const wall: number[] = [];
  const cpuSamples: number[] = [];
  for (let i = -warmups; i < n; i++) {
    const c0 = cpu();
    const t0 = performance.now();
    const untimed = await fn();
    const ms = performance.now() - t0;
    const cpuMs = cpu() - c0;
    if (typeof untimed === 'function') await untimed();
    after?.();
    if (i >= 0) {
      wall.push(ms);
      cpuSamples.push(cpuMs);
    }
  }
  return { wall, cpu: cpuSamples };
}

export interface ReactPdfFigures {
  samples: number[];
  cpu: number[];
  coldMs: number;
  fontsMs: number;
  pages: number;
  bytes: number;
  peakRssDelta: number;
  retainedHeap: number;
  baselineRss: number;
}

/** react-pdf through renderPdf(): the first render (fonts loaded), then warm-ups, then RUNS timed. */
export async function measureReactPdf(doc: ComposedDocument, runs = RUNS): Promise<ReactPdfFigures> {
  const { render, preparePdfFonts } = await reactPdf();
  (globalThis as { gc?: () => void }).gc?.();
  const baselineRss = process.memoryUsage.rss();
  const baselineHeap = process.memoryUsage().heapUsed;
  const rss = peakSampler(() => process.memoryUsage.rss(), 5);
  const f0 = performance.now();
  await preparePdfFonts();
  const fontsMs = performance.now() - f0;
  const c0 = performance.now();
  const first = await render(doc);
  const coldMs = performance.now() - c0 + fontsMs;
  const { wall: samples, cpu } = await timedRuns(runs, WARMUPS, () => render(doc), { after: rss.sample, cpu: ownCpuMs });
  const peak = rss.stop();
  // What stays on the heap after a full collection (fonts, caches; RSS does not shrink at once).
  (globalThis as { gc?: () => void }).gc?.();
  const retainedHeap = process.memoryUsage().heapUsed - baselineHeap;
  return { samples, cpu, coldMs, fontsMs, pages: pdfPageCount(first), bytes: first.length, peakRssDelta: peak - baselineRss, retainedHeap, baselineRss };
}

interface ChromiumVariant {
  samples: number[];
  cpu: number[];
  peakTreeRss: number;
  peakTreePss: number;
  pages: number;
  bytes: number;
}

/** Peak summed RSS (polled every 50 ms) and Pss (every 250 ms: smaps_rollup costs more) of Chromium. */
function chromiumMemorySampler() {
  const rss = peakSampler(() => chromiumTreeMemory('rss'), 50);
  const pss = peakSampler(() => chromiumTreeMemory('pss'), 250);
  return () => ({ peakTreeRss: rss.stop(), peakTreePss: pss.stop() });
}

export interface ChromiumFigures {
  version: string;
  launchMs: number;
  idleTreeRss: number;
  idleTreePss: number;
  fresh: ChromiumVariant;
  warm: ChromiumVariant;
  launch: ChromiumVariant | null;
}

/** Debian Chromium through playwright-core: fresh context + page, one reused page, fresh browser. */
export async function measureChromium(doc: ComposedDocument, cleanup: Cleanup, runs = RUNS, launchRuns = LAUNCH_RUNS): Promise<ChromiumFigures> {
  const { chromium } = await import('playwright-core');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-pdf-html-'));
  cleanup.add('PDF bench HTML folder', () => fs.rmSync(dir, { recursive: true, force: true }));
  const fonts = (await import('../../components/pdf/fonts')).fontDir();
  const html = () => agreementHtml(doc, { kindLabel: DOCUMENT_KIND_LABELS[KIND], draft: false, verificationCode: VERIFICATION_CODE, signedOn: SIGNED_ON, fontDir: fonts });
  const pdfOptions = { format: 'A4' as const, printBackground: true, displayHeaderFooter: true, margin: { top: '20mm', bottom: '19mm', left: '14mm', right: '14mm' }, ...agreementHeaderFooter(doc, VERIFICATION_CODE) };
  const blank = path.join(dir, 'blank.html');
  fs.writeFileSync(blank, '<!doctype html><html lang="pl"><meta charset="utf-8"><body></body></html>');
  const launch = () => chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });

  const l0 = performance.now();
  const browser = await launch();
  const launchMs = performance.now() - l0;
  cleanup.add('PDF bench Chromium', () => browser.close());
  const version = browser.version();
  const idleTreeRss = chromiumTreeMemory('rss');
  const idleTreePss = chromiumTreeMemory('pss');

  // (a) A new context and page per document, as a service isolating its documents would do. The
  // HTML is written to a file and opened from there: a page of about:blank (setContent on a new
  // page) may not load the file:// fonts. Timed until the PDF's bytes are back; closing is not.
  let n = 0;
  let lastFresh: Buffer | null = null;
  const freshMem = chromiumMemorySampler();
  const { wall: freshSamples, cpu: freshCpu } = await timedRuns(runs, 3, async () => {
    const file = path.join(dir, `doc-${n++ % 4}.html`);
    fs.writeFileSync(file, html());
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    lastFresh = await page.pdf(pdfOptions);
    return () => context.close();
  }, { cpu: chromiumCpuMs });
  const fresh: ChromiumVariant = { samples: freshSamples, cpu: freshCpu, ...freshMem(), pages: pdfPageCount(lastFresh!), bytes: lastFresh!.length };

  // (b) One page kept open (at a file:// address, so the fonts load) and reused: setContent + pdf.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(pathToFileURL(blank).href);
  let lastWarm: Buffer | null = null;
  const warmMem = chromiumMemorySampler();
  const { wall: warmSamples, cpu: warmCpu } = await timedRuns(
    runs,
    WARMUPS,
    async () => {
      await page.setContent(html(), { waitUntil: 'load' });
      lastWarm = await page.pdf(pdfOptions);
    },
    { cpu: chromiumCpuMs },
  );
  const warm: ChromiumVariant = { samples: warmSamples, cpu: warmCpu, ...warmMem(), pages: pdfPageCount(lastWarm!), bytes: lastWarm!.length };
  await context.close();
  await browser.close();

  // (c) A browser launched per document (what a CLI call per document costs).
  let launchFigures: ChromiumVariant | null = null;
  if (launchRuns > 0) {
    let lastLaunch: Buffer | null = null;
    const launchMem = chromiumMemorySampler();
    const file = path.join(dir, 'launch.html');
    // The browser's CPU time is lost when it exits: wall-clock time only.
    const { wall: samples } = await timedRuns(launchRuns, 1, async () => {
      fs.writeFileSync(file, html());
      const b = await launch();
      try {
        const p = await b.newPage();
        await p.goto(pathToFileURL(file).href, { waitUntil: 'load' });
        lastLaunch = await p.pdf(pdfOptions);
      } finally {
        await b.close();
      }
    }, { cpu: () => 0 });
    launchFigures = { samples, cpu: [], ...launchMem(), pages: pdfPageCount(lastLaunch!), bytes: lastLaunch!.length };
  }
  return { version, launchMs, idleTreeRss, idleTreePss, fresh, warm, launch: launchFigures };
}

// ---- The section ----

export interface PdfSectionContext {
  metrics: Metric[];
  cleanup: Cleanup;
  log: (msg: string) => void;
}

/**
 * 4. PDF generation: react-pdf against Chromium on the same agreement, measured in a child process
 * (see the top of this file). The targets: react-pdf's p50 at most a third of Chromium's
 * fresh page and no slower than its warm page, at a fraction of its memory; `pass` of the
 * react-pdf metric says whether both time targets hold.
 */
export async function pdfSection({ metrics, cleanup, log }: PdfSectionContext): Promise<void> {
  const env = { ...process.env, BENCH_PDF_CHILD: '1', NODE_OPTIONS: (process.env.NODE_OPTIONS ?? '').replace(/--conditions[= ]react-server/g, '') };
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', path.join('scripts', 'bench', 'pdf.ts')], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  cleanup.add('PDF bench child process', () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  });
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    out += chunk;
    let nl: number;
    while ((nl = out.indexOf('\n')) >= 0) {
      const line = out.slice(0, nl).trim();
      out = out.slice(nl + 1);
      if (line.startsWith('{')) report(metrics, JSON.parse(line) as Metric);
      else if (line) log(`pdf: ${line}`);
    }
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`the PDF bench process exited with code ${code}`);
}

/** The measuring itself, in the child: prints each metric as one JSON line on stdout. */
async function measureAll(log: (msg: string) => void): Promise<void> {
  const metrics: Metric[] = [];
  const cleanup = new Cleanup();
  try {
    const { doc, source } = await benchAgreement();
    log(`agreement from ${source}: ${doc.parties.length} parties, ${doc.paragraphs.length} paragraphs, ${doc.people.length} people`);

    const ours = await measureReactPdf(doc);
    log(`react-pdf: cold ${Math.round(ours.coldMs)} ms (fonts ${Math.round(ours.fontsMs)} ms), warm p50 ${round2(percentile(ours.samples, 50))} ms, ${ours.pages} pages`);

    let chrome: ChromiumFigures | null = null;
    if (fs.existsSync(CHROMIUM)) {
      chrome = await measureChromium(doc, cleanup);
      log(`Chromium ${chrome.version}: fresh p50 ${round2(percentile(chrome.fresh.samples, 50))} ms, warm p50 ${round2(percentile(chrome.warm.samples, 50))} ms`);
    } else {
      log(`no Chromium at ${CHROMIUM}; only react-pdf is measured`);
    }

    const p50 = percentile(ours.samples, 50);
    const extra: Record<string, unknown> = {
      runs: ours.samples.length,
      cpu_p50: round2(percentile(ours.cpu, 50)),
      cpu_p95: round2(percentile(ours.cpu, 95)),
      template: source,
      pages: ours.pages,
      bytes: ours.bytes,
      cold_first_render_ms: Math.round(ours.coldMs),
      fonts_load_ms: Math.round(ours.fontsMs),
      peak_rss_delta_mb: round1(ours.peakRssDelta / MB),
      retained_heap_mb: round1(ours.retainedHeap / MB),
      baseline_rss_mb: round1(ours.baselineRss / MB),
    };
    let pass = true;
    if (chrome) {
      const fresh50 = percentile(chrome.fresh.samples, 50);
      const warm50 = percentile(chrome.warm.samples, 50);
      extra.ratio_vs_chromium_fresh = round2(p50 / fresh50);
      extra.ratio_vs_chromium_warm = round2(p50 / warm50);
      extra.cpu_ratio_vs_chromium_fresh = round2(percentile(ours.cpu, 50) / percentile(chrome.fresh.cpu, 50));
      extra.cpu_ratio_vs_chromium_warm = round2(percentile(ours.cpu, 50) / percentile(chrome.warm.cpu, 50));
      extra.memory_ratio_vs_chromium_warm_rss = round2(ours.peakRssDelta / chrome.warm.peakTreeRss);
      extra.memory_ratio_vs_chromium_warm_pss = round2(ours.peakRssDelta / chrome.warm.peakTreePss);
      pass = p50 <= fresh50 / 3 && p50 <= warm50;
      extra.targets = 'p50 at most 1/3 of Chromium fresh page and at most Chromium warm page';
    }
    const print = (m: Metric) => console.log(JSON.stringify(m));
    print({ ...result('pdf_agreement_react_pdf', ours.samples, null, extra), pass });
    if (chrome) {
      const common = { chromium: chrome.version, launch_ms: Math.round(chrome.launchMs), idle_tree_rss_mb: round1(chrome.idleTreeRss / MB), idle_tree_pss_mb: round1(chrome.idleTreePss / MB) };
      const variant = (name: string, v: ChromiumVariant, note: string) => {
        const cpu = v.cpu.length ? { cpu_p50: round2(percentile(v.cpu, 50)), cpu_p95: round2(percentile(v.cpu, 95)) } : {};
        const memory = { peak_tree_rss_mb: round1(v.peakTreeRss / MB), peak_tree_pss_mb: round1(v.peakTreePss / MB) };
        print(result(name, v.samples, null, { runs: v.samples.length, ...cpu, pages: v.pages, bytes: v.bytes, ...memory, note, ...common }));
      };
      variant('pdf_agreement_chromium_fresh_page', chrome.fresh, 'new browser context and page per document: goto file:// + page.pdf (closing not timed)');
      variant('pdf_agreement_chromium_warm_page', chrome.warm, 'one page reused: setContent + page.pdf');
      if (chrome.launch) variant('pdf_agreement_chromium_fresh_browser', chrome.launch, 'chromium.launch + newPage + goto + page.pdf + close per document');
    }
    if (process.env.BENCH_PDF_WRITE) {
      fs.writeFileSync(process.env.BENCH_PDF_WRITE, await (await reactPdf()).render(doc));
      log(`wrote ${process.env.BENCH_PDF_WRITE}`);
    }
  } finally {
    await cleanup.run();
  }
}

const isMain = !!process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain && process.env.BENCH_PDF_CHILD === '1') {
  // lib/pdf/render.ts imports 'server-only', which throws outside the react-server condition:
  // an empty module stands in for it here (as tests/setup/empty.ts does under vitest).
  const { register } = await import('node:module');
  register('data:text/javascript,' + encodeURIComponent('export async function resolve(s, c, next) { return s === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(s, c); }'));
  await measureAll((m) => console.error(`[bench] pdf: ${m}`));
} else if (isMain) {
  // Run alone: npx tsx scripts/bench/pdf.ts
  const cleanup = new Cleanup();
  const metrics: Metric[] = [];
  try {
    await pdfSection({ metrics, cleanup, log: (m) => console.error(`[bench] ${m}`) });
  } finally {
    await cleanup.run();
  }
}
