import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MaterialFiles } from '@/components/materials/MaterialFiles';
import { MaterialForm } from '@/components/materials/MaterialForm';
import { ConfirmButton } from '@/components/services/EntryButtons';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { materialForm } from '@/lib/materials/materials';
import { tagsText } from '@/lib/materials/text';
import { guard } from '@/lib/page-guard';
import { param } from '@/lib/search-params';
import { attachMaterialFileAction, deleteMaterialAction, detachMaterialFileAction, updateMaterialAction } from '../../actions';

export const metadata: Metadata = { title: 'Edycja materiału e-szkoły' };

export default async function EditMaterialPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const { voivodeshipName, material: m, files, steps } = await guard(materialForm(actor, Number(id)));
  if (!m) notFound();
  const added = param(await searchParams, 'dodano');
  return (
    <>
      <p className="mb-2">
        <Link href={`/e-szkola/${m.id}`} className={linkClass}>
          ← {m.title}
        </Link>
      </p>
      <PageHeader title={`Edycja: ${m.title}`} lead={`e-szkoła, województwo ${voivodeshipName}.`} />
      {added && (
        <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3 text-green-900">
          Dodano materiał. Możesz teraz dołączyć do niego pliki.
        </p>
      )}
      <MaterialForm
        mode="edit"
        action={updateMaterialAction}
        initial={{ id: m.id, version: m.version, title: m.title, summary: m.summary, body: m.body, visibility: m.visibility, tags: tagsText(m.tags), steps: m.steps }}
        steps={steps}
      />
      <section aria-labelledby="pliki" className="mt-10 max-w-3xl border-t border-slate-200 pt-6">
        <h2 id="pliki" className="mb-2 text-xl font-semibold">
          Pliki materiału
        </h2>
        <p className="mb-3 text-sm text-slate-700">Pliki widzi ten, kto widzi materiał: przy materiale „tylko dla zalogowanych” — tylko zalogowani.</p>
        <MaterialFiles materialId={m.id} files={files} attach={attachMaterialFileAction} detach={detachMaterialFileAction} />
      </section>
      <section aria-labelledby="usuwanie" className="mt-10 max-w-3xl border-t border-slate-200 pt-6">
        <h2 id="usuwanie" className="mb-2 text-xl font-semibold">
          Usunięcie materiału
        </h2>
        <ConfirmButton
          action={deleteMaterialAction}
          entry={{ id: m.id, version: m.version }}
          label="Usuń materiał"
          question={`Usunąć materiał „${m.title}” wraz z plikami? Tej operacji nie można cofnąć.`}
          confirmLabel="Tak, usuń"
          doneHref="/e-szkola?usunieto=1"
        />
      </section>
    </>
  );
}
