/**
 * The smallest real PDF: one blank A4 page. Uploads are checked by content (lib/files.ts), so a
 * test file that only starts with "%PDF-" is refused; tests that need an accepted scan use this.
 */
export const TINY_PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
