import { linkClass } from '@/components/ui/PageHeader';
import { POWIAT_COLUMN, REQUIRED_HEADERS, columnsFor, type CsvKind } from '@/lib/services/csv';
import { AREAS, FIELD_LABELS, TARGET_GROUPS } from '@/lib/services/vocabulary';

const MEANING: Record<string, string> = {
  targetGroups: `jedna lub kilka, oddzielone przecinkami: ${Object.values(TARGET_GROUPS).join(', ')}`,
  areas: `jeden lub kilka, oddzielone przecinkami: ${Object.values(AREAS).join(', ')}`,
  providerName: 'nazwa jak w rejestrze instytucji województwa (wtedy wpis wskaże tę instytucję) albo dowolna nazwa',
  lastReviewedOn: 'dd.mm.rrrr lub rrrr-mm-dd; pusta, gdy nieznana',
  powiatId: 'nazwa powiatu tego województwa (np. sokólski); pusta — całe województwo',
  coordinator: 'osoba u partnera odpowiedzialna za usługę (karta usługi); kolumnę można pominąć',
};

/** What the file must look like: the export's columns, which are required, and what goes in them. */
export function ImportHelp({ kind, exportHref }: { kind: CsvKind; exportHref: string }) {
  return (
    <section aria-labelledby="jak-przygotowac" className="mb-8 max-w-3xl">
      <h2 id="jak-przygotowac" className="mb-2 text-xl font-semibold">
        Jak przygotować plik
      </h2>
      <p className="mb-2">
        Plik ma te same kolumny co{' '}
        <a href={exportHref} className={linkClass}>
          eksport listy do CSV
        </a>{' '}
        — najprościej pobrać eksport, uzupełnić go w arkuszu i zapisać jako CSV. Nazwy kolumn (zgodne ze standardem Open Referral HSDS) muszą być w pierwszym wierszu; kolejność jest dowolna, a kolumny
        nieoznaczone jako wymagane można pominąć.
      </p>
      <p className="mb-3">
        Każdy wiersz jest sprawdzany tak jak formularz dodawania usługi. <strong>Wiersz z choćby jednym błędem nie jest importowany wcale; pozostałe wiersze są dodawane do listy.</strong> Import nie
        dodaje drugi raz usługi, która już jest na liście (ten sam dostawca, nazwa i miejsce). Po imporcie zobaczysz numer każdego błędnego wiersza, kolumnę i opis błędu.
      </p>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[16rem_1fr]">
        {(kind === 'regional' ? columnsFor(kind) : columnsFor(kind).filter((c) => c.header !== POWIAT_COLUMN.header)).map((c) => (
          <div key={c.header} className="contents">
            <dt className="font-mono">
              {c.header}
              {REQUIRED_HEADERS.includes(c.header) && <span> (wymagana)</span>}
            </dt>
            <dd>
              {FIELD_LABELS[c.field]}
              {MEANING[c.field] ? ` — ${MEANING[c.field]}` : ''}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
