import { App, Button, Card, DatePicker, Flex, Form, Input, Select, Switch, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import {
  ADMIN_LEVEL_LABELS,
  COMMUNE_LEVELS,
  type CommuneLevel,
  CommuneCreateInputSchema,
} from '@thidua/domain';
import { useCreateCommune } from '../../api/hooks';
import type { CommuneCreateInput } from '../../api/types';
import { FormModal } from '../../shell/FormModal';
import { fieldRules } from '../../shell/form-rules';

interface FormerUnitValues {
  code: string;
  name: string;
  level: CommuneLevel;
}

interface CommuneValues {
  code: string;
  name: string;
  level: CommuneLevel;
  address?: string;
  hasMerger: boolean;
  merger?: { effectiveDate: Dayjs; legalBasis: string; formerUnits: FormerUnitValues[] };
}

const LEVEL_OPTIONS = COMMUNE_LEVELS.map((level) => ({ value: level, label: ADMIN_LEVEL_LABELS[level] }));
const COMMUNE_CODE_RULES = [
  { required: true, message: 'Vui lòng nhập mã.' },
  { pattern: /^\d{5}$/, message: 'Mã xã, phường gồm đúng 5 chữ số.' },
];
const UNIT_NAME_RULES = [
  { required: true, whitespace: true, message: 'Vui lòng nhập tên.' },
  { min: 2, max: 150, message: 'Tên dài từ 2 đến 150 ký tự.' },
];

function toInput(values: CommuneValues): CommuneCreateInput {
  const input: CommuneCreateInput = {
    code: values.code.trim(),
    name: values.name.trim(),
    level: values.level,
  };
  if (values.address?.trim()) input.address = values.address.trim();
  if (values.hasMerger && values.merger) {
    input.merger = {
      effectiveDate: values.merger.effectiveDate.format('YYYY-MM-DD'),
      legalBasis: values.merger.legalBasis.trim(),
      formerUnits: values.merger.formerUnits.map((unit) => ({
        ...unit,
        code: unit.code.trim(),
        name: unit.name.trim(),
      })),
    };
  }
  return input;
}

export function CreateCommuneModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const createCommune = useCreateCommune();
  const { message } = App.useApp();

  const handleSubmit = async (values: CommuneValues) => {
    const created = await createCommune.mutateAsync(toInput(values));
    void message.success(`Đã thêm ${created.name}.`);
  };

  return (
    <FormModal<CommuneValues>
      title="Thêm xã, phường"
      okText="Thêm"
      open={open}
      onClose={onClose}
      onSubmit={handleSubmit}
      width={720}
      initialValues={{ level: 'commune', hasMerger: false }}
    >
      <Flex gap={16} wrap>
        <Form.Item name="code" {...fieldRules(CommuneCreateInputSchema, 'code')} style={{ width: 160 }}>
          <Input autoFocus inputMode="numeric" maxLength={5} />
        </Form.Item>
        <Form.Item
          name="name"
          {...fieldRules(CommuneCreateInputSchema, 'name')}

          style={{ flex: 1, minWidth: 240 }}
        >
          <Input placeholder="Ví dụ: Phường Mỹ Phú" />
        </Form.Item>
        <Form.Item
          name="level"
          {...fieldRules(CommuneCreateInputSchema, 'level')}

          style={{ width: 140 }}
        >
          <Select options={LEVEL_OPTIONS} />
        </Form.Item>
      </Flex>
      <Form.Item name="address" {...fieldRules(CommuneCreateInputSchema, 'address')}>
        <Input />
      </Form.Item>
      <Form.Item label="Hình thành từ sáp nhập" name="hasMerger" valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item
        noStyle
        shouldUpdate={(prev: CommuneValues, next: CommuneValues) => prev.hasMerger !== next.hasMerger}
      >
        {({ getFieldValue }) => (getFieldValue('hasMerger') ? <MergerFields /> : null)}
      </Form.Item>
    </FormModal>
  );
}

function MergerFields() {
  return (
    <Card size="small" title="Thông tin sáp nhập" style={{ marginBottom: 16 }}>
      <Flex gap={16} wrap>
        <Form.Item
          label="Ngày sáp nhập có hiệu lực"
          name={['merger', 'effectiveDate']}
          rules={[{ required: true, message: 'Vui lòng chọn ngày sáp nhập có hiệu lực.' }]}
          style={{ width: 220 }}
        >
          <DatePicker format="DD/MM/YYYY" placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          label="Văn bản sáp nhập"
          name={['merger', 'legalBasis']}
          rules={[
            { required: true, whitespace: true, message: 'Vui lòng nhập văn bản sáp nhập.' },
            { min: 3, max: 300, message: 'Văn bản sáp nhập dài từ 3 đến 300 ký tự.' },
          ]}
          style={{ flex: 1, minWidth: 260 }}
        >
          <Input placeholder="Ví dụ: Nghị quyết số …/NQ-UBTVQH15" />
        </Form.Item>
      </Flex>
      <Typography.Text strong>Các đơn vị trước sáp nhập</Typography.Text>
      <Form.List
        name={['merger', 'formerUnits']}
        initialValue={[{ level: 'commune' }]}
        rules={[
          {
            validator: (_, units: unknown[] | undefined) =>
              units && units.length > 0
                ? Promise.resolve()
                : Promise.reject(new Error('Cần ít nhất một đơn vị trước sáp nhập.')),
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <Flex vertical gap={0} style={{ marginTop: 8 }}>
            {fields.map((field, index) => (
              <Flex key={field.key} gap={12} align="start" wrap>
                <Form.Item
                  label="Mã"
                  name={[field.name, 'code']}
                  rules={COMMUNE_CODE_RULES}
                  style={{ width: 110 }}
                >
                  <Input inputMode="numeric" maxLength={5} />
                </Form.Item>
                <Form.Item
                  label="Tên đơn vị cũ"
                  name={[field.name, 'name']}
                  rules={UNIT_NAME_RULES}
                  style={{ flex: 1, minWidth: 200 }}
                >
                  <Input />
                </Form.Item>
                <Form.Item
                  label="Cấp"
                  name={[field.name, 'level']}
                  rules={[{ required: true, message: 'Vui lòng chọn cấp.' }]}
                  style={{ width: 120 }}
                >
                  <Select options={LEVEL_OPTIONS} />
                </Form.Item>
                <Form.Item label=" " colon={false}>
                  <Button
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={`Bỏ đơn vị cũ thứ ${index + 1}`}
                    onClick={() => remove(field.name)}
                    disabled={fields.length === 1}
                  />
                </Form.Item>
              </Flex>
            ))}
            <Form.ErrorList errors={errors} />
            <Button
              type="dashed"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => add({ level: 'commune' })}
              block
            >
              Thêm đơn vị cũ
            </Button>
          </Flex>
        )}
      </Form.List>
    </Card>
  );
}
