import type { Metadata } from 'next';
import Link from 'next/link';
import { MaterialForm } from '@/components/materials/MaterialForm';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { materialForm } from '@/lib/materials/materials';
import { guard } from '@/lib/page-guard';
import { createMaterialAction } from '../actions';

export const metadata: Metadata = { title: 'Nowy materiał e-szkoły' };

export default async function NewMaterialPage() {
  const actor = await requireActor();
  const { voivodeshipName, steps } = await guard(materialForm(actor));
  return (
    <>
      <p className="mb-2">
        <Link href="/e-szkola" className={linkClass}>
          ← e-szkoła
        </Link>
      </p>
      <PageHeader title="Dodaj materiał do e-szkoły" lead={`Województwo ${voivodeshipName}. Pliki dołączysz po zapisaniu materiału.`} />
      <MaterialForm mode="add" action={createMaterialAction} initial={{ title: '', summary: '', body: '', visibility: 'public', tags: '', steps: [] }} steps={steps} />
    </>
  );
}
