import { sql } from 'drizzle-orm';
import { check, date, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { adminUnits } from './admin-units';
import { updatedAt } from './columns';
import { users } from './users';

/**
 * A province's settings of what the law leaves to it (legal-rules.md §1, §6): the day it applies
 * the pending amending law, the council's threshold for provincial and national titles from R2024,
 * and its document that sets them. No row = the defaults (not applied, 90 %).
 */
export const provinceRuleSettings = pgTable(
  'province_rule_settings',
  {
    provinceId: uuid('province_id')
      .primaryKey()
      .references(() => adminUnits.id),
    amendedLawFrom: date('amended_law_from'),
    higherTitlesThreshold: integer('higher_titles_threshold').notNull().default(90),
    documentNumber: text('document_number'),
    documentDate: date('document_date'),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('province_rule_settings_threshold_check', sql`${t.higherTitlesThreshold} between 50 and 100`),
    check(
      'province_rule_settings_document_check',
      sql`(${t.amendedLawFrom} is null and ${t.higherTitlesThreshold} = 90) or (${t.documentNumber} is not null and ${t.documentDate} is not null)`,
    ),
  ],
);
