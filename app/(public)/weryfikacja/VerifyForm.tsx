/** A GET form (works without JavaScript): the code goes to /weryfikacja?kod=… which redirects. */
export function VerifyForm({ defaultValue }: { defaultValue?: string }) {
  return (
    <form method="get" action="/weryfikacja" role="search" aria-label="Sprawdzanie dokumentu" className="mb-6 flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-4">
      <div>
        <label htmlFor="kod" className="block font-medium">
          Kod weryfikacyjny z wydruku
        </label>
        <p id="kod-hint" className="text-sm text-slate-600">
          12 znaków w stopce każdej strony, np. 7K3M-Q9PD-X2RT.
        </p>
        <input id="kod" name="kod" defaultValue={defaultValue} required maxLength={40} autoComplete="off" aria-describedby="kod-hint" className="mt-1 rounded border border-slate-500 px-3 py-2 font-mono uppercase" />
      </div>
      <button type="submit" className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900">
        Sprawdź
      </button>
    </form>
  );
}
