import { Col, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  LAUNCH_LEVEL_LABELS,
  LAUNCH_LEVELS,
  MOVEMENT_CATALOG,
  MOVEMENT_TYPE_LABELS,
  MOVEMENT_TYPES,
  movementFromTemplate,
  type LaunchLevel,
  type MovementInput,
  type MovementSummary,
  type MovementType,
  MovementInputSchema,
} from '@thidua/domain';
import { useSaveMovement } from '../../api/movement-hooks';
import { useYear } from '../../shell/year-scope';
import { useCommuneId } from '../../shell/commune-scope';
import { NamedRecordFormModal } from '../emulation-year/NamedRecordFormModal';
import { DateInput, FOLDED_SEARCH, fromIsoDate, toIsoDate } from '../../shell/record-fields';
import type { RecordFormProps } from '../../shell/RecordFormModal';
import { fieldRules } from '../../shell/form-rules';

const endsOn = fieldRules(MovementInputSchema, 'endsOn');

interface MovementValues {
  name: string;
  launchLevel: LaunchLevel;
  type: MovementType;
  startsOn?: Dayjs | null;
  endsOn?: Dayjs | null;
  participants?: string;
  criteria?: string;
  planNumber?: string;
  planDate?: Dayjs | null;
}

const LEVEL_OPTIONS = LAUNCH_LEVELS.map((level) => ({ value: level, label: LAUNCH_LEVEL_LABELS[level] }));
const TYPE_OPTIONS = MOVEMENT_TYPES.map((type) => ({ value: type, label: MOVEMENT_TYPE_LABELS[type] }));
const CATALOG_OPTIONS = [
  { label: 'Trung ương phát động', level: 'national' },
  { label: 'Tỉnh, thành phố phát động (thường gặp)', level: 'province' },
].map(({ label, level }) => ({
  label,
  options: MOVEMENT_CATALOG.filter((m) => m.launchLevel === level).map((m) => ({
    value: m.id,
    label: m.name,
  })),
}));

function valuesOf(movement: MovementSummary | null): Partial<MovementValues> {
  if (!movement) return { launchLevel: 'commune', type: 'regular' };
  return {
    name: movement.name,
    launchLevel: movement.launchLevel,
    type: movement.type,
    startsOn: fromIsoDate(movement.startsOn),
    endsOn: fromIsoDate(movement.endsOn),
    participants: movement.participants ?? undefined,
    criteria: movement.criteria ?? undefined,
    planNumber: movement.planNumber ?? undefined,
    planDate: fromIsoDate(movement.planDate),
  };
}

function toInput(values: MovementValues): MovementInput {
  const text = (value: string | undefined) => value?.trim() || null;
  return {
    name: values.name.trim(),
    launchLevel: values.launchLevel,
    type: values.type,
    startsOn: toIsoDate(values.startsOn),
    endsOn: toIsoDate(values.endsOn),
    participants: text(values.participants),
    criteria: text(values.criteria),
    planNumber: text(values.planNumber),
    planDate: toIsoDate(values.planDate),
  };
}

/** Picking a movement launched above fills in its name, level, type, phase and basis; all stay editable. */
function CatalogPicker() {
  const form = Form.useFormInstance<MovementValues>();
  const pick = (id: string) => {
    const template = MOVEMENT_CATALOG.find((m) => m.id === id);
    if (!template) return;
    const values = movementFromTemplate(template);
    form.setFieldsValue({
      name: values.name,
      launchLevel: values.launchLevel,
      type: values.type,
      startsOn: fromIsoDate(values.startsOn) ?? null,
      endsOn: fromIsoDate(values.endsOn) ?? null,
      criteria: values.criteria ?? undefined,
    });
  };
  return (
    <Form.Item
      label="Chọn từ danh mục"
      htmlFor="movement-catalog"
      extra="Phong trào do cấp trên phát động: chọn để điền sẵn, rồi ghi kế hoạch của xã, phường. Phong trào của xã, phường thì nhập trực tiếp."
    >
      <Select
        id="movement-catalog"
        allowClear
        showSearch={FOLDED_SEARCH}
        placeholder="Chọn phong trào cấp trên (không bắt buộc)"
        options={CATALOG_OPTIONS}
        onChange={(id?: string) => id && pick(id)}
      />
    </Form.Item>
  );
}

/** «Thêm phong trào» or «Sửa phong trào»: the launch, its period, participants, criteria and plan. */
export function MovementFormModal({ target, onClose }: RecordFormProps<MovementSummary>) {
  const save = useSaveMovement(useCommuneId(), useYear().id);
  return (
    <NamedRecordFormModal<MovementSummary, MovementValues, MovementInput>
      target={target}
      onClose={onClose}
      noun="phong trào"
      newTitle="Thêm phong trào"
      save={save.mutateAsync}
      valuesOf={valuesOf}
      toInput={toInput}
      width={760}
    >
      {!target?.record && <CatalogPicker />}
      <Form.Item name="name" {...fieldRules(MovementInputSchema, 'name')}>
        <Input autoComplete="off" placeholder="Ví dụ: Thi đua thực hiện cải cách hành chính" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="launchLevel" {...fieldRules(MovementInputSchema, 'launchLevel')}>
            <Select options={LEVEL_OPTIONS} placeholder="Chọn cấp phát động" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="type" {...fieldRules(MovementInputSchema, 'type')}>
            <Select options={TYPE_OPTIONS} placeholder="Chọn hình thức" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="startsOn" {...fieldRules(MovementInputSchema, 'startsOn')}>
            <DateInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="endsOn"
            label={endsOn.label}
            dependencies={['startsOn']}
            rules={[
              ...endsOn.rules,
              ({ getFieldValue }) => ({
                validator: (_rule, value: Dayjs | null | undefined) => {
                  const startsOn = getFieldValue('startsOn') as Dayjs | null | undefined;
                  return !value || !startsOn || !value.isBefore(startsOn, 'day')
                    ? Promise.resolve()
                    : Promise.reject(new Error('Ngày kết thúc phải từ ngày bắt đầu trở đi.'));
                },
              }),
            ]}
          >
            <DateInput />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="participants" {...fieldRules(MovementInputSchema, 'participants')}>
        <Input.TextArea
          autoSize={{ minRows: 1, maxRows: 4 }}
          placeholder="Ví dụ: Cán bộ, công chức và Nhân dân toàn phường"
        />
      </Form.Item>
      <Form.Item name="criteria" {...fieldRules(MovementInputSchema, 'criteria')}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="planNumber" {...fieldRules(MovementInputSchema, 'planNumber')}>
            <Input placeholder="Ví dụ: 12/KH-UBND" autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="planDate" {...fieldRules(MovementInputSchema, 'planDate')}>
            <DateInput />
          </Form.Item>
        </Col>
      </Row>
    </NamedRecordFormModal>
  );
}
