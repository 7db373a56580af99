import { Input } from 'antd';
import { writeScopeOf, type WriteScope } from '@thidua/domain';
import { useOrganisationRecord } from '../api/organisation-hooks';
import { useCurrentUser } from '../auth/session';
import { PersonPicker, UnitPicker } from './RecordPickers';
import { useCommuneId } from './commune-scope';

/** What the signed-in user may write among people's and units' records (see `writeScopeOf`). */
export function useWriteScope(): WriteScope {
  return writeScopeOf(useCurrentUser());
}

interface ScopedPickerProps {
  /** Whom the user may pick: their write scope, or the whole commune for records the commune keeps. */
  scope: WriteScope;
  id?: string;
  value?: string | null;
  onChange?: (id: string | null) => void;
  /** The name of the record already chosen (when editing). */
  knownLabel?: string | null;
}

/** A record the user cannot change here (their own person, their own unit), shown by name. */
function FixedRecord({
  id,
  resource,
  recordId,
}: {
  id?: string;
  resource: 'people' | 'units';
  recordId: string;
}) {
  const record = useOrganisationRecord(resource, useCommuneId(), recordId);
  const name = record.data
    ? 'fullName' in record.data
      ? record.data.fullName
      : record.data.name
    : 'Đang tải…';
  return <Input id={id} value={name} readOnly variant="filled" />;
}

/**
 * A person among those the user may write for: the officer anyone, a unit head the unit's people,
 * a member only themselves (shown, not changeable).
 */
export function ScopedPersonPicker({ scope, id, value, onChange, knownLabel }: ScopedPickerProps) {
  const communeId = useCommuneId();
  if (scope.kind === 'self') return <FixedRecord id={id} resource="people" recordId={scope.personId} />;
  return (
    <PersonPicker
      communeId={communeId}
      id={id}
      value={value}
      onChange={onChange}
      knownLabel={knownLabel}
      unitId={scope.kind === 'unit' ? scope.unitId : undefined}
    />
  );
}

/** A unit among those the user may write for: a unit head's own unit only. */
export function ScopedUnitPicker({ scope, id, value, onChange }: ScopedPickerProps) {
  const communeId = useCommuneId();
  if (scope.kind === 'unit') return <FixedRecord id={id} resource="units" recordId={scope.unitId} />;
  return <UnitPicker communeId={communeId} id={id} value={value} onChange={onChange} />;
}

/** The subject a new record starts with: the user's own person or unit when that is all they may write. */
export function initialSubject(scope: WriteScope): { personId?: string; unitId?: string } {
  if (scope.kind === 'self') return { personId: scope.personId };
  if (scope.kind === 'unit') return { unitId: scope.unitId };
  return {};
}
