import { View } from '@react-pdf/renderer';
import type { QuestionnaireSection } from '@/lib/questionnaires/report';
import { Heading, Paragraph, Small, Table } from './primitives';

/** The questionnaires' results in the 9.2 report: tables of counts and means; nothing below the threshold. */
export function QuestionnairesPdfSection({ sections }: { sections: QuestionnaireSection[] }) {
  return (
    <View>
      <Heading>Ankiety ewaluacyjne</Heading>
      {sections.length === 0 && <Paragraph>Nie zebrano jeszcze odpowiedzi na ankiety.</Paragraph>}
      {sections.map((s) => (
        <View key={s.templateId}>
          <Heading level={3}>{`${s.title} (wersja ${s.version}; ${s.audienceLabel})`}</Heading>
          {!s.results.shown ? (
            <Paragraph>{s.results.message}</Paragraph>
          ) : (
            <View>
              <Small>{`Liczba odpowiedzi: ${s.results.answers}. Odpowiedzi są anonimowe.`}</Small>
              {s.results.questions.map((q) =>
                q.kind === 'scale' ? (
                  <Table
                    key={q.key}
                    caption={`${q.text} — średnia ${q.mean ?? '—'} w skali 1–${q.max} (1 — ${q.minLabel}, ${q.max} — ${q.maxLabel}), odpowiedzi: ${q.count}`}
                    rowKey={(d) => String(d.value)}
                    columns={[
                      { header: 'Ocena', width: 70, cell: (d) => String(d.value) },
                      { header: 'Liczba odpowiedzi', width: 30, align: 'right', cell: (d) => String(d.count) },
                    ]}
                    rows={q.distribution}
                    fontSize={9}
                  />
                ) : q.kind === 'open' ? (
                  <View key={q.key}>
                    <Heading level={3}>{q.text}</Heading>
                    {q.answers.length === 0 ? <Paragraph>— brak odpowiedzi —</Paragraph> : q.answers.map((a, i) => <Paragraph key={i}>{`• ${a}`}</Paragraph>)}
                  </View>
                ) : (
                  <Table
                    key={q.key}
                    caption={`${q.text} (odpowiedzi: ${q.count})`}
                    rowKey={(o) => o.option}
                    columns={[
                      { header: 'Odpowiedź', width: 70, cell: (o) => o.option },
                      { header: 'Liczba wskazań', width: 30, align: 'right', cell: (o) => String(o.count) },
                    ]}
                    rows={q.options}
                    fontSize={9}
                  />
                ),
              )}
            </View>
          )}
        </View>
      ))}
    </View>
  );
}
