import type { Metadata, Viewport } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Kooperacja — Platforma Modelu Kooperacji', template: '%s · Kooperacja' },
  description: 'Platforma wdrażania Modelu Kooperacji: porozumienia, Partnerskie Zespoły Kooperacji, praca z rodzinami, postęp wdrożeń.',
  // Files in public/ (tests/smoke checks every one answers 200 with its type).
  manifest: '/manifest.webmanifest',
  icons: {
    icon: [
      { url: '/favicon.ico', sizes: '32x32' },
      { url: '/icons/icon.svg', type: 'image/svg+xml' },
    ],
    apple: '/apple-touch-icon.png',
  },
};

export const viewport: Viewport = { themeColor: '#163d70', width: 'device-width', initialScale: 1 };

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
