// The database schema, one file per feature; drizzle-kit reads them all (drizzle.config.ts).
export * from './admin-units';
export * from './users';
export * from './audit';
export * from './organisation';
export * from './emulation-year';
export * from './movements';
export * from './pacts';
export * from './registrations';
export * from './scoring';
export * from './discipline';
export * from './achievements';
export * from './files';
export * from './rule-settings';

import { adminUnits } from './admin-units';
import { users } from './users';
import { households, people, residentialGroups, units } from './organisation';

export type AdminUnitRow = typeof adminUnits.$inferSelect;
export type UnitRow = typeof units.$inferSelect;
export type ResidentialGroupRow = typeof residentialGroups.$inferSelect;
export type PersonRow = typeof people.$inferSelect;
export type HouseholdRow = typeof households.$inferSelect;
export type UserRow = typeof users.$inferSelect;
