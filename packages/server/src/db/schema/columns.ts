import { customType, foreignKey, type PgColumn, timestamp } from 'drizzle-orm/pg-core';

/** Column helpers shared by the tables of every feature. */

// Millisecond precision: what JavaScript dates hold, so a backup round-trips every value exactly.
export const createdAt = () =>
  timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow();
export const updatedAt = () =>
  timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow();

export const inList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** A (commune_id, column) foreign key into a commune-keyed table, so a row never points into another commune. */
export function sameCommune(
  name: string,
  communeColumn: PgColumn,
  column: PgColumn,
  target: { communeId: PgColumn; id: PgColumn },
) {
  return foreignKey({
    name,
    columns: [communeColumn, column],
    foreignColumns: [target.communeId, target.id],
  });
}

export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });
