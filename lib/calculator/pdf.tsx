import 'server-only';
import { CalculatorPdf } from '@/components/pdf/CalculatorPdf';
import type { Visitor } from '@/lib/auth/actor';
import { invalidError } from '@/lib/errors';
import type { PdfFile } from '@/lib/pdf/reports';
import { renderPdf } from '@/lib/pdf/render';
import { computeCosts } from './compute';
import { DEFAULT_INPUT } from './schema';
import { calculate } from './service';
import { clock } from '@/lib/clock';

/**
 * /kalkulator/pdf?<the query of /kalkulator>: the same calculation, printed. Without any field in
 * the query it prints the example; an invalid query is refused (400) like an invalid form.
 */
export async function calculatorPdf(visitor: Visitor, params: URLSearchParams | Record<string, string | string[] | undefined>, now = clock.now()): Promise<PdfFile> {
  const calc = await calculate(visitor, params);
  const q = calc.query;
  if (q.submitted && !q.ok) throw invalidError(q.errors, 'Nieprawidłowe dane kalkulatora — popraw formularz na stronie /kalkulator.');
  const input = calc.input ?? DEFAULT_INPUT;
  const result = calc.result ?? computeCosts(input, calc.rates);
  const pdf = await renderPdf(<CalculatorPdf voivodeshipName={calc.voivodeshipName} input={input} rates={calc.rates} result={result} generatedAt={now} generatedBy={visitor?.name} />);
  return { pdf, filename: 'kalkulator-kosztów-zaniechania.pdf' };
}
