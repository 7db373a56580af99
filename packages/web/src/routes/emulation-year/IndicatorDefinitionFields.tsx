import type { CSSProperties } from 'react';
import { Form, Input, Select } from 'antd';
import {
  INDICATOR_DIRECTION_LABELS,
  INDICATOR_DIRECTIONS,
  INDICATOR_FIELD_LABELS,
  INDICATOR_FIELDS,
  type IndicatorDirection,
  type IndicatorField,
} from '@thidua/domain';
import { nameRules } from '../../shell/record-fields';

/** What a yearly indicator and a five-year target both define: what is measured and how. */
export interface IndicatorDefinitionValues {
  name: string;
  unit?: string;
  field: IndicatorField;
  direction: IndicatorDirection;
  source?: string;
}

const FIELD_OPTIONS = INDICATOR_FIELDS.map((field) => ({
  value: field,
  label: INDICATOR_FIELD_LABELS[field],
}));
const DIRECTION_OPTIONS = INDICATOR_DIRECTIONS.map((direction) => ({
  value: direction,
  label: INDICATOR_DIRECTION_LABELS[direction],
}));

/** The typed definition as the API takes it: texts trimmed, empty optional texts as null. */
export function indicatorDefinitionInput(values: IndicatorDefinitionValues) {
  return {
    name: values.name.trim(),
    unit: values.unit?.trim() || null,
    field: values.field,
    direction: values.direction,
    source: values.source?.trim() || null,
  };
}

/** «Tên chỉ tiêu», required, up to 300 characters. */
export function IndicatorNameItem({ placeholder }: { placeholder: string }) {
  return (
    <Form.Item label="Tên chỉ tiêu" name="name" rules={nameRules('chỉ tiêu')}>
      <Input.TextArea autoFocus rows={2} placeholder={placeholder} />
    </Form.Item>
  );
}

/** «Đơn vị tính», up to 50 characters. */
export function IndicatorUnitItem({ placeholder, style }: { placeholder: string; style?: CSSProperties }) {
  return (
    <Form.Item
      label="Đơn vị tính"
      name="unit"
      rules={[{ max: 50, message: 'Đơn vị tính dài tối đa 50 ký tự.' }]}
      style={style}
    >
      <Input placeholder={placeholder} />
    </Form.Item>
  );
}

/** «Lĩnh vực» and «Cách đánh giá», both required. */
export function IndicatorFieldAndDirectionItems({ directionExtra }: { directionExtra?: string }) {
  return (
    <>
      <Form.Item
        label="Lĩnh vực"
        name="field"
        rules={[{ required: true, message: 'Vui lòng chọn lĩnh vực.' }]}
      >
        <Select options={FIELD_OPTIONS} placeholder="Chọn lĩnh vực" />
      </Form.Item>
      <Form.Item
        label="Cách đánh giá"
        name="direction"
        rules={[{ required: true, message: 'Vui lòng chọn cách đánh giá.' }]}
        extra={directionExtra}
      >
        <Select options={DIRECTION_OPTIONS} />
      </Form.Item>
    </>
  );
}

/** «Nguồn số liệu», up to 300 characters. */
export function IndicatorSourceItem({ placeholder }: { placeholder: string }) {
  return (
    <Form.Item
      label="Nguồn số liệu"
      name="source"
      rules={[{ max: 300, message: 'Nguồn số liệu dài tối đa 300 ký tự.' }]}
    >
      <Input placeholder={placeholder} />
    </Form.Item>
  );
}
