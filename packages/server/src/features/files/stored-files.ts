import { createHash } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { FileOwner, StoredFileView } from '@thidua/domain';
import type { Database } from '../../db/database';
import { files } from '../../db/schema';
import { AppError, notFound } from '../../http/app-error';
import { recordAudit, type Actor } from '../../records/record-audit';
import type { CurrentUser } from '../../http/current-user';
import { detectFileType, type FileRefusalCode } from './detect-file-type';
import { checkFileOwner } from './file-owners';

const viewColumns = {
  id: files.id,
  owner: files.owner,
  ownerId: files.ownerId,
  fileName: files.fileName,
  contentType: files.contentType,
  sizeBytes: files.sizeBytes,
  uploadedBy: files.uploadedBy,
  createdAt: files.createdAt,
};

const REFUSAL_STATUS: Record<FileRefusalCode, number> = {
  FILE_EMPTY: 400,
  FILE_TOO_LARGE: 413,
  FILE_TYPE_NOT_ALLOWED: 415,
  FILE_HAS_MACROS: 415,
};

type FileRow = Omit<StoredFileView, 'createdAt'> & { createdAt: Date };
const toView = (row: FileRow): StoredFileView => ({ ...row, createdAt: row.createdAt.toISOString() });

/** The files of one record, oldest first, without their bytes. */
export async function findFiles(
  db: Database,
  communeId: string,
  owner: FileOwner,
  ownerId: string,
): Promise<StoredFileView[]> {
  const rows = await db
    .select(viewColumns)
    .from(files)
    .where(and(eq(files.communeId, communeId), eq(files.owner, owner), eq(files.ownerId, ownerId)))
    .orderBy(asc(files.createdAt), asc(files.id));
  return rows.map(toView);
}

/** Lists a record's files for anyone who may read the commune; 404 when it has no such record. */
export async function listFilesOf(
  db: Database,
  user: CurrentUser,
  communeId: string,
  owner: FileOwner,
  ownerId: string,
): Promise<StoredFileView[]> {
  await checkFileOwner(db, user, communeId, owner, ownerId, 'read');
  return findFiles(db, communeId, owner, ownerId);
}

/** One file with its bytes, for download. */
export async function getFileContent(db: Database, communeId: string, id: string) {
  const [row] = await db
    .select({ fileName: files.fileName, contentType: files.contentType, content: files.content })
    .from(files)
    .where(and(eq(files.communeId, communeId), eq(files.id, id)));
  if (!row) throw notFound();
  return row;
}

export interface UploadedFile {
  owner: FileOwner;
  ownerId: string;
  fileName: string;
  bytes: Uint8Array;
}

/**
 * Stores a file on a record the user may change, in an open year: its type is found from its
 * bytes (refused with a Vietnamese reason otherwise), and the record's history notes the attachment.
 */
export async function storeFile(
  db: Database,
  user: CurrentUser,
  actor: Actor,
  communeId: string,
  upload: UploadedFile,
): Promise<StoredFileView> {
  return db.transaction(async (tx) => {
    await checkFileOwner(tx, user, communeId, upload.owner, upload.ownerId, 'write');
    const check = await detectFileType(upload.bytes, upload.fileName);
    if (!check.ok) throw new AppError(check.code, REFUSAL_STATUS[check.code], check.params);
    const [row] = await tx
      .insert(files)
      .values({
        communeId,
        owner: upload.owner,
        ownerId: upload.ownerId,
        fileName: check.fileName,
        contentType: check.type.contentType,
        sizeBytes: upload.bytes.length,
        sha256: createHash('sha256').update(upload.bytes).digest('hex'),
        content: upload.bytes,
        uploadedBy: actor.name,
      })
      .returning(viewColumns);
    await noteOnOwner(tx, actor, communeId, upload.owner, upload.ownerId, { from: null, to: check.fileName });
    return toView(row!);
  });
}

/** Removes a file from a record the user may change, in an open year. */
export async function deleteFile(
  db: Database,
  user: CurrentUser,
  actor: Actor,
  communeId: string,
  id: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [file] = await tx
      .select({ owner: files.owner, ownerId: files.ownerId, fileName: files.fileName })
      .from(files)
      .where(and(eq(files.communeId, communeId), eq(files.id, id)))
      .for('update');
    if (!file) throw notFound();
    await checkFileOwner(tx, user, communeId, file.owner, file.ownerId, 'write');
    await tx.delete(files).where(and(eq(files.communeId, communeId), eq(files.id, id)));
    await noteOnOwner(tx, actor, communeId, file.owner, file.ownerId, { from: file.fileName, to: null });
  });
}

/** Attaching or removing a file is a change of its record, so the record's history shows it. */
function noteOnOwner(
  tx: Database,
  actor: Actor,
  communeId: string,
  owner: FileOwner,
  ownerId: string,
  fileName: { from: string | null; to: string | null },
) {
  return recordAudit(tx, actor, {
    adminUnitId: communeId,
    action: 'update',
    entity: owner,
    entityId: ownerId,
    changes: { fileName },
  });
}
