import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { FILE_OWNERS } from '@thidua/domain';
import { communeId } from './admin-units';
import { bytea, createdAt, inList } from './columns';

/** Stored files. */

/**
 * Uploaded documents (plans, evidence), kept in the database so backups carry them. They are
 * never executed or rendered: served as attachments with the type checked at upload.
 */
export const files = pgTable(
  'files',
  {
    communeId: communeId(),
    id: uuid('id').notNull().defaultRandom(),
    owner: text('owner', { enum: FILE_OWNERS }).notNull(),
    ownerId: uuid('owner_id').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    index('files_owner_idx').on(t.communeId, t.owner, t.ownerId),
    check('files_owner_check', sql.raw(`owner in (${inList(FILE_OWNERS)})`)),
    check('files_size_check', sql`${t.sizeBytes} > 0`),
  ],
);
