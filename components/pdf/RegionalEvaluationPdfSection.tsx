import { Fragment } from 'react';
import { REGIONAL_EVALUATION_FIELDS } from '@/lib/wzk/schemas';
import { pdfDateTime } from './format';
import { Heading, Paragraph, Small } from './primitives';

export interface RegionalEvaluationPdfData {
  year: number;
  /** The saved evaluation of the year, or null when the WZK has not written it yet. */
  evaluation: (Record<(typeof REGIONAL_EVALUATION_FIELDS)[number]['key'], string> & { updatedAt: Date; updatedByName: string | null; version: number }) | null;
}

/** The third level of evaluation in the regional report: the WZK's evaluation and recommendations. */
export function RegionalEvaluationPdfSection({ data }: { data: RegionalEvaluationPdfData }) {
  const e = data.evaluation;
  return (
    <>
      <Heading>Ewaluacja regionalna WZK — trzeci poziom ewaluacji ({data.year})</Heading>
      {e ? (
        <>
          {REGIONAL_EVALUATION_FIELDS.map((f) => (
            <Fragment key={f.key}>
              <Heading level={3}>{f.label}</Heading>
              <Paragraph>{e[f.key] || '—'}</Paragraph>
            </Fragment>
          ))}
          <Small>
            Wersja {e.version}, zapisano {pdfDateTime(e.updatedAt)}
            {e.updatedByName ? `, ${e.updatedByName}` : ''}.
          </Small>
        </>
      ) : (
        <Small>Wojewódzki Zespół Kooperacji nie zapisał jeszcze ewaluacji regionalnej za ten rok.</Small>
      )}
    </>
  );
}
