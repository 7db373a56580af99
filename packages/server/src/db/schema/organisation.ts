import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { EMPLOYMENT_CATEGORIES, GENDERS, GROUP_KINDS, UNIT_KINDS } from '@thidua/domain';
import { communeId } from './admin-units';
import { createdAt, inList, updatedAt } from './columns';

/** The commune's organisation: units, residential groups, people, households. */

/** Cơ quan, ban, ngành, đoàn thể, trường học, trạm y tế … of the commune. */
export const units = pgTable(
  'units',
  {
    communeId: communeId(),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind', { enum: UNIT_KINDS }).notNull(),
    parentId: uuid('parent_id'),
    retiredOn: date('retired_on'),
    searchText: text('search_text').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    // Deferred in the migration, so a restore may insert a unit before its parent.
    foreignKey({
      name: 'units_parent_fk',
      columns: [t.communeId, t.parentId],
      foreignColumns: [t.communeId, t.id],
    }),
    uniqueIndex('units_active_name_key')
      .on(t.communeId, t.searchText)
      .where(sql`retired_on is null`),
    check('units_kind_check', sql.raw(`kind in (${inList(UNIT_KINDS)})`)),
  ],
);

/** Khóm, ấp, thôn, tổ dân phố. */
export const residentialGroups = pgTable(
  'residential_groups',
  {
    communeId: communeId(),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind', { enum: GROUP_KINDS }).notNull(),
    leaderName: text('leader_name'),
    leaderPhone: text('leader_phone'),
    retiredOn: date('retired_on'),
    searchText: text('search_text').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    uniqueIndex('residential_groups_active_name_key')
      .on(t.communeId, t.searchText)
      .where(sql`retired_on is null`),
    check('residential_groups_kind_check', sql.raw(`kind in (${inList(GROUP_KINDS)})`)),
  ],
);

/** Cán bộ, công chức, viên chức, người lao động … with what the emulation rules need to know. */
export const people = pgTable(
  'people',
  {
    communeId: communeId(),
    id: uuid('id').notNull().defaultRandom(),
    fullName: text('full_name').notNull(),
    gender: text('gender', { enum: GENDERS }).notNull(),
    birthDate: date('birth_date').notNull(),
    idNumber: text('id_number').notNull(),
    position: text('position'),
    unitId: uuid('unit_id'),
    employmentCategory: text('employment_category', { enum: EMPLOYMENT_CATEGORIES }).notNull(),
    isLeader: boolean('is_leader').notNull().default(false),
    serviceStart: date('service_start'),
    serviceEnd: date('service_end'),
    retiredOn: date('retired_on'),
    retireReason: text('retire_reason'),
    searchText: text('search_text').notNull(),
    // Vietnamese lists sort by given name (the last word), then the rest.
    sortName: text('sort_name').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    foreignKey({
      name: 'people_unit_fk',
      columns: [t.communeId, t.unitId],
      foreignColumns: [units.communeId, units.id],
    }),
    uniqueIndex('people_id_number_key').on(t.communeId, t.idNumber),
    index('people_sort_idx').on(t.communeId, t.sortName),
    index('people_unit_idx').on(t.communeId, t.unitId),
    index('people_search_idx').using('gin', t.searchText.op('gin_trgm_ops')),
    check('people_gender_check', sql.raw(`gender in (${inList(GENDERS)})`)),
    check('people_category_check', sql.raw(`employment_category in (${inList(EMPLOYMENT_CATEGORIES)})`)),
    check('people_id_number_check', sql`${t.idNumber} ~ '^[0-9]{12}$'`),
  ],
);

/** Hộ gia đình of a residential group; `match_key` (group, head, address folded) identifies it on re-import. */
export const households = pgTable(
  'households',
  {
    communeId: communeId(),
    id: uuid('id').notNull().defaultRandom(),
    groupId: uuid('group_id').notNull(),
    headName: text('head_name').notNull(),
    address: text('address').notNull(),
    memberCount: integer('member_count').notNull(),
    retiredOn: date('retired_on'),
    searchText: text('search_text').notNull(),
    matchKey: text('match_key').notNull(),
    sortName: text('sort_name').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    foreignKey({
      name: 'households_group_fk',
      columns: [t.communeId, t.groupId],
      foreignColumns: [residentialGroups.communeId, residentialGroups.id],
    }),
    uniqueIndex('households_match_key').on(t.communeId, t.matchKey),
    index('households_group_idx').on(t.communeId, t.groupId, t.sortName),
    index('households_sort_idx').on(t.communeId, t.sortName),
    index('households_search_idx').using('gin', t.searchText.op('gin_trgm_ops')),
    check('households_member_count_check', sql`${t.memberCount} between 1 and 50`),
  ],
);
