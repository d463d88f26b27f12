export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-600">
        Platforma Modelu Kooperacji — wsparcie współpracy instytucji pomocy i integracji społecznej z osobami i rodzinami.
      </div>
    </footer>
  );
}
