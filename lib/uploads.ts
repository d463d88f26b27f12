import type { DbOrTx } from '@/db/client';
import { files } from '@/db/schema';
import { sha256, sniffType } from './files';

/**
 * Stores an upload already checked with uploadProblem(): its type as judged by its content (not
 * its name), its SHA-256, and the bytes themselves (in the database, so backups hold everything).
 */
export async function storeUpload(tx: DbOrTx, upload: { name: string; data: Uint8Array }, uploadedBy: string, fallbackName = 'plik') {
  const type = sniffType(upload.data)!;
  const [f] = await tx
    .insert(files)
    .values({ name: upload.name.slice(0, 255) || `${fallbackName}.${type.ext}`, mime: type.mime, size: upload.data.length, sha256: sha256(upload.data), data: Buffer.from(upload.data), uploadedBy })
    .returning({ id: files.id, sha256: files.sha256 });
  return f;
}
