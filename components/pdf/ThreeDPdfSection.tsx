import { Fragment } from 'react';
import type { Figures3dCounts, Town3dFigures } from '@/lib/evaluation/figures-3d';
import { THREE_D_TITLE, threeDLines, threeDSummary } from '@/lib/evaluation/labels-3d';
import { Heading, Paragraph, Table } from './primitives';

type Town = Town3dFigures & { implementationLabel?: string };
type Row = { key: string; label: string; values: string[] };

/** "Kooperacje 3D" in the evaluation PDFs (issue 17): the pilot's sentences per town and a table, a column per town. */
export function ThreeDPdfSection({ towns, total }: { towns: Town[]; total?: Figures3dCounts | null }) {
  const columns = [...towns.map((t) => ({ key: String(t.pzkId), label: t.gminaName, figures: t as Figures3dCounts })), ...(total && towns.length > 1 ? [{ key: 'total', label: 'Razem', figures: total }] : [])];
  const lines = columns.map((c) => threeDLines(c.figures));
  const rows: Row[] = (lines[0] ?? []).map((l, li) => ({ key: l.key, label: l.label, values: lines.map((ls) => ls[li].value) }));
  const width = columns.length ? Math.floor(55 / columns.length) : 55;
  return (
    <>
      <Heading>{THREE_D_TITLE}</Heading>
      {towns.map((t) => (
        <Fragment key={t.pzkId}>
          <Heading level={3}>{t.implementationLabel ? `${t.gminaName} — ${t.implementationLabel}` : t.gminaName}</Heading>
          {threeDSummary(t).map((s) => (
            <Paragraph key={s}>{s}</Paragraph>
          ))}
        </Fragment>
      ))}
      {columns.length > 0 && (
        <Table
          caption={`${THREE_D_TITLE} — wskaźniki według miast`}
          rowKey={(r: Row) => r.key}
          columns={[{ header: 'Wskaźnik', width: 45, cell: (r: Row) => r.label }, ...columns.map((c, ci) => ({ header: c.label, width, align: 'right' as const, cell: (r: Row) => r.values[ci] }))]}
          rows={rows}
          fontSize={8.5}
        />
      )}
    </>
  );
}
