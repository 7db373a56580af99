import { Form, Input, Select } from 'antd';
import {
  UNIT_KIND_LABELS,
  UNIT_KINDS,
  type UnitKind,
  type UnitSummary,
  UnitInputSchema,
} from '@thidua/domain';
import { useUnits } from '../../api/organisation-hooks';
import { useCommuneId } from '../../shell/commune-scope';
import { FOLDED_SEARCH } from '../../shell/record-fields';
import { RecordFormModal, type RecordFormProps } from '../../shell/RecordFormModal';
import { fieldRules } from '../../shell/form-rules';

interface UnitValues {
  name: string;
  kind: UnitKind;
  parentId?: string | null;
}

const KIND_OPTIONS = UNIT_KINDS.map((kind) => ({ value: kind, label: UNIT_KIND_LABELS[kind] }));

/** The units a unit may sit under: active ones, never itself or one below it. */
function parentOptions(units: UnitSummary[], unitId: string | undefined) {
  const excluded = new Set<string>(unitId ? [unitId] : []);
  let added = excluded.size > 0;
  while (added) {
    added = false;
    for (const unit of units) {
      if (unit.parentId && excluded.has(unit.parentId) && !excluded.has(unit.id)) {
        excluded.add(unit.id);
        added = true;
      }
    }
  }
  return units.filter((unit) => !excluded.has(unit.id)).map((unit) => ({ value: unit.id, label: unit.name }));
}

export function UnitFormModal(props: RecordFormProps<UnitSummary>) {
  const units = useUnits(useCommuneId());
  const unitId = props.target?.record?.id;
  return (
    <RecordFormModal<'units', UnitValues>
      {...props}
      resource="units"
      nameOf={(unit) => unit.name}
      valuesOf={(unit) => (unit ? { name: unit.name, kind: unit.kind, parentId: unit.parentId } : {})}
      toInput={(values) => ({
        name: values.name.trim(),
        kind: values.kind,
        parentId: values.parentId ?? null,
      })}
    >
      <Form.Item name="name" {...fieldRules(UnitInputSchema, 'name')}>
        <Input autoFocus autoComplete="off" placeholder="Ví dụ: Công an phường" />
      </Form.Item>
      <Form.Item name="kind" {...fieldRules(UnitInputSchema, 'kind')}>
        <Select options={KIND_OPTIONS} placeholder="Chọn loại đơn vị" />
      </Form.Item>
      <Form.Item
        name="parentId"
        {...fieldRules(UnitInputSchema, 'parentId')}
        extra="Để trống nếu đơn vị trực thuộc UBND xã, phường."
      >
        <Select
          allowClear
          showSearch={FOLDED_SEARCH}
          loading={units.isPending}
          options={parentOptions(units.data ?? [], unitId)}
          placeholder="Không có"
        />
      </Form.Item>
    </RecordFormModal>
  );
}
