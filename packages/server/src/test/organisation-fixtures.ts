import ExcelJS from 'exceljs';
import { composeIdNumber, type CellValue } from '@thidua/domain';
import type { Database } from '../db/database';
import type { AdminUnitRow } from '../db/schema';
import { SYSTEM_ACTOR } from '../records/record-audit';
import { createHousehold } from '../features/organisation/households';
import { createPerson } from '../features/organisation/people';
import { createResidentialGroup } from '../features/organisation/residential-groups';
import { createUnit } from '../features/organisation/units';

export interface SeededOrganisation {
  unitId: string;
  groupId: string;
  personId: string;
  householdId: string;
}

/** One unit, group, person and household in a commune: enough to prove who can reach them. */
export async function seedOrganisation(
  db: Database,
  commune: AdminUnitRow,
  serial = 1,
): Promise<SeededOrganisation> {
  const unit = await createUnit(db, SYSTEM_ACTOR, commune.id, {
    name: 'Công an',
    kind: 'police',
    parentId: null,
  });
  const group = await createResidentialGroup(db, SYSTEM_ACTOR, commune.id, {
    name: 'Tổ dân phố 1',
    kind: 'to_dan_pho',
    leaderName: 'Phạm Văn Tổ',
    leaderPhone: null,
  });
  const person = await createPerson(db, SYSTEM_ACTOR, commune.id, aPerson({ unitId: unit.id, serial }));
  const household = await createHousehold(db, SYSTEM_ACTOR, commune.id, {
    groupId: group.id,
    headName: 'Hoàng Văn Chủ',
    address: 'Số 1, đường Một',
    memberCount: 4,
  });
  return { unitId: unit.id, groupId: group.id, personId: person.id, householdId: household.id };
}

/** A valid person input; the identification number fits the gender and birth year. */
export function aPerson(
  overrides: Partial<{
    fullName: string;
    gender: 'male' | 'female';
    birthDate: string;
    unitId: string | null;
    serial: number;
    position: string | null;
  }> = {},
) {
  const gender = overrides.gender ?? 'male';
  const birthDate = overrides.birthDate ?? '1985-04-12';
  return {
    fullName: overrides.fullName ?? 'Nguyễn Văn An',
    gender,
    birthDate,
    idNumber: composeIdNumber('087', gender, Number(birthDate.slice(0, 4)), overrides.serial ?? 1),
    position: overrides.position ?? 'Trưởng Công an',
    unitId: overrides.unitId ?? null,
    employmentCategory: 'can_bo' as const,
    isLeader: true,
    serviceStart: '2010-09-01',
    serviceEnd: null,
  };
}

/** An .xlsx file with one sheet: `rows[0]` is the header row. */
export async function workbookOf(
  rows: readonly (readonly CellValue[])[],
  sheetName = 'Nhân sự',
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Every row of the first sheet of an .xlsx file, cells as exceljs reads them. */
export async function rowsOfWorkbook(file: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}
