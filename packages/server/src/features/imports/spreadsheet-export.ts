import type { Writable } from 'node:stream';
import { IMPORT_SHEETS, type ImportKind } from '@thidua/domain';
import type { Database } from '../../db/database';
import type { AdminUnitRow } from '../../db/schema';
import { allHouseholds } from '../organisation/households';
import { allPeople } from '../organisation/people';
import type { RecordStatus } from '../organisation/status-filter';
import { activeReferences } from './active-references';
import { writeSheetWorkbook } from './sheet-writer';

/** The names the drop-down lists offer: the commune's active units and groups. */
async function listNames(db: Database, communeId: string) {
  const { units, groups } = await activeReferences(db, communeId);
  return { unitNames: units.map((u) => u.name), groupNames: groups.map((g) => g.name) };
}

/** The empty sheet to fill in, with one example row and the commune's lists. */
export async function writeTemplate(db: Database, commune: AdminUnitRow, kind: ImportKind, out: Writable) {
  const names = await listNames(db, commune.id);
  const options = { communeName: commune.name, ...names, withExample: true };
  if (kind === 'people') await writeSheetWorkbook(out, IMPORT_SHEETS.people, [], options);
  else await writeSheetWorkbook(out, IMPORT_SHEETS.households, [], options);
}

/** The commune's records in the template's layout, so the file can be edited and imported back. */
export async function writeExport(
  db: Database,
  commune: AdminUnitRow,
  kind: ImportKind,
  out: Writable,
  status: RecordStatus = 'active',
) {
  const names = await listNames(db, commune.id);
  const options = { communeName: commune.name, ...names, withExample: false };
  if (kind === 'people') {
    await writeSheetWorkbook(out, IMPORT_SHEETS.people, await allPeople(db, commune.id, status), options);
  } else {
    await writeSheetWorkbook(
      out,
      IMPORT_SHEETS.households,
      await allHouseholds(db, commune.id, status),
      options,
    );
  }
}

export function spreadsheetFileName(
  kind: ImportKind,
  commune: AdminUnitRow,
  what: 'template' | 'export',
  today: string,
) {
  const noun = kind === 'people' ? 'nhan-su' : 'ho-gia-dinh';
  return what === 'template' ? `mau-nhap-${noun}.xlsx` : `${noun}-${commune.code}-${today}.xlsx`;
}
