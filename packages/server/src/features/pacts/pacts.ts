import { and, asc, eq, inArray } from 'drizzle-orm';
import {
  compareNamesVi,
  type PactDetail,
  type PactInput,
  type PactPartyInput,
  type PactSummary,
} from '@thidua/domain';
import type { Database } from '../../db/database';
import { pactParties, pacts, units } from '../../db/schema';
import { fieldError, notFound } from '../../http/app-error';
import { recordAudit, type Actor } from '../../records/record-audit';
import { getYearOfCommune } from '../emulation-year/emulation-years';
import { lockOpenYear, lockOpenYearRecord } from '../../records/open-year';
import { findFiles } from '../files/stored-files';
import { insertRecord, updateRecord } from '../../records/record-writes';

async function selectPacts(
  db: Database,
  communeId: string,
  yearId: string,
  id?: string,
): Promise<PactSummary[]> {
  const rows = await db
    .select({
      id: pacts.id,
      yearId: pacts.yearId,
      name: pacts.name,
      signedOn: pacts.signedOn,
      chairSignatory: pacts.chairSignatory,
      commitments: pacts.commitments,
    })
    .from(pacts)
    .where(and(eq(pacts.communeId, communeId), eq(pacts.yearId, yearId), id ? eq(pacts.id, id) : undefined))
    .orderBy(asc(pacts.signedOn), asc(pacts.name), asc(pacts.id));
  if (rows.length === 0) return [];
  const parties = await db
    .select({
      pactId: pactParties.pactId,
      unitId: pactParties.unitId,
      unitName: units.name,
      signatory: pactParties.signatory,
      commitments: pactParties.commitments,
    })
    .from(pactParties)
    .innerJoin(units, and(eq(units.communeId, pactParties.communeId), eq(units.id, pactParties.unitId)))
    .where(
      and(
        eq(pactParties.communeId, communeId),
        inArray(
          pactParties.pactId,
          rows.map((r) => r.id),
        ),
      ),
    );
  return rows.map((pact) => ({
    ...pact,
    parties: parties
      .filter((p) => p.pactId === pact.id)
      .sort((a, b) => compareNamesVi(a.unitName, b.unitName))
      .map(({ pactId: _pact, ...party }) => party),
  }));
}

/** The year's pacts in the order they were signed, each with its parties. */
export async function findPacts(db: Database, communeId: string, yearId: string): Promise<PactSummary[]> {
  await getYearOfCommune(db, communeId, yearId);
  return selectPacts(db, communeId, yearId);
}

export async function getPact(
  db: Database,
  communeId: string,
  yearId: string,
  id: string,
): Promise<PactDetail> {
  const [pact] = await selectPacts(db, communeId, yearId, id);
  if (!pact) throw notFound();
  return { ...pact, files: await findFiles(db, communeId, 'pact', id) };
}

interface UnitRef {
  name: string;
  retiredOn: string | null;
}

/** The commune's units among these ids (others are left out). */
async function unitsById(
  tx: Database,
  communeId: string,
  ids: readonly string[],
): Promise<Map<string, UnitRef>> {
  const rows = await tx
    .select({ id: units.id, name: units.name, retiredOn: units.retiredOn })
    .from(units)
    .where(and(eq(units.communeId, communeId), inArray(units.id, [...ids])));
  return new Map(rows.map(({ id, ...unit }) => [id, unit]));
}

/**
 * Every party is a unit of the commune; a unit that has since retired may stay on a pact it
 * signed, but cannot be added to one.
 */
function checkPartyUnits(
  parties: readonly PactPartyInput[],
  found: ReadonlyMap<string, UnitRef>,
  alreadySigned: ReadonlySet<string>,
): void {
  parties.forEach((party, index) => {
    const field = `parties.${index}.unitId`;
    const unit = found.get(party.unitId);
    if (!unit) throw fieldError('PACT_UNIT_NOT_FOUND', 400, field);
    if (unit.retiredOn && !alreadySigned.has(party.unitId))
      throw fieldError('ORG_REFERENCE_RETIRED', 400, field, { name: unit.name });
  });
}

/** The parties as the history shows them: by unit name rather than id, in name order. */
const partiesForHistory = (parties: readonly PactPartyInput[], found: ReadonlyMap<string, UnitRef>) =>
  parties
    .map((p) => ({
      unit: found.get(p.unitId)?.name ?? p.unitId,
      signatory: p.signatory,
      commitments: p.commitments,
    }))
    .sort((a, b) => compareNamesVi(a.unit, b.unit));

async function insertParties(
  tx: Database,
  communeId: string,
  pactId: string,
  parties: readonly PactPartyInput[],
) {
  await tx.insert(pactParties).values(parties.map((party) => ({ communeId, pactId, ...party })));
}

export async function createPact(
  db: Database,
  actor: Actor,
  communeId: string,
  yearId: string,
  { parties, ...pact }: PactInput,
): Promise<PactDetail> {
  const id = await db.transaction(async (tx) => {
    await lockOpenYear(tx, communeId, yearId);
    const found = await unitsById(
      tx,
      communeId,
      parties.map((p) => p.unitId),
    );
    checkPartyUnits(parties, found, new Set());
    const pactId = await insertRecord(tx, actor, 'pact', communeId, pact, { yearId });
    await insertParties(tx, communeId, pactId, parties);
    // The parties live in their own table; their entry sits beside the pact's own.
    await recordAudit(tx, actor, {
      adminUnitId: communeId,
      action: 'create',
      entity: 'pact',
      entityId: pactId,
      changes: { parties: partiesForHistory(parties, found) },
    });
    return pactId;
  });
  return getPact(db, communeId, yearId, id);
}

/** Saves the pact and replaces its parties, in one transaction. */
export async function updatePact(
  db: Database,
  actor: Actor,
  communeId: string,
  yearId: string,
  id: string,
  { parties, ...pact }: PactInput,
): Promise<PactDetail> {
  await db.transaction(async (tx) => {
    const { record: before } = await lockOpenYearRecord(tx, 'pact', communeId, yearId, id);
    const previous = await tx
      .select({
        unitId: pactParties.unitId,
        signatory: pactParties.signatory,
        commitments: pactParties.commitments,
      })
      .from(pactParties)
      .where(and(eq(pactParties.communeId, communeId), eq(pactParties.pactId, id)))
      .orderBy(asc(pactParties.unitId));
    const found = await unitsById(
      tx,
      communeId,
      [...parties, ...previous].map((p) => p.unitId),
    );
    checkPartyUnits(parties, found, new Set(previous.map((p) => p.unitId)));
    await updateRecord(tx, actor, 'pact', communeId, before, pact, {});
    // Compared in the database's order (by unit id) so that reordering alone changes nothing.
    const sorted = [...parties].sort((a, b) => (a.unitId < b.unitId ? -1 : 1));
    if (JSON.stringify(sorted) === JSON.stringify(previous)) return;
    await tx.delete(pactParties).where(and(eq(pactParties.communeId, communeId), eq(pactParties.pactId, id)));
    await insertParties(tx, communeId, id, parties);
    await recordAudit(tx, actor, {
      adminUnitId: communeId,
      action: 'update',
      entity: 'pact',
      entityId: id,
      changes: {
        parties: { from: partiesForHistory(previous, found), to: partiesForHistory(parties, found) },
      },
    });
  });
  return getPact(db, communeId, yearId, id);
}
