import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Kooperacja — Platforma Modelu Kooperacji', template: '%s · Kooperacja' },
  description: 'Platforma wdrażania Modelu Kooperacji: porozumienia, Partnerskie Zespoły Kooperacji, praca z rodzinami, postęp wdrożeń.',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="pl">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <a
          href="#tresc"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-brand-800 focus:shadow"
        >
          Przejdź do treści
        </a>
        {children}
      </body>
    </html>
  );
}
