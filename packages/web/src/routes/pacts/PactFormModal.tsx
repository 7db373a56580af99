import { Button, Card, Col, Form, Input, Row, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import type { PactInput, PactSummary } from '@thidua/domain';
import { useSavePact } from '../../api/movement-hooks';
import { useUnits } from '../../api/organisation-hooks';
import { useYear } from '../../shell/year-scope';
import { useCommuneId } from '../../shell/commune-scope';
import { NamedRecordFormModal } from '../emulation-year/NamedRecordFormModal';
import { DateInput, FOLDED_SEARCH, fromIsoDate, toIsoDate } from '../../shell/record-fields';
import type { RecordFormProps } from '../../shell/RecordFormModal';
import { PactInputSchema } from '@thidua/domain';
import { fieldRules } from '../../shell/form-rules';

interface PartyValues {
  unitId: string;
  signatory: string;
  commitments?: string;
}

interface PactValues {
  name: string;
  signedOn: Dayjs;
  chairSignatory: string;
  commitments: string;
  parties: PartyValues[];
}

function valuesOf(pact: PactSummary | null, year: number): Partial<PactValues> {
  if (!pact) return { name: `Giao ước thi đua năm ${year}`, parties: [{} as PartyValues] };
  return {
    name: pact.name,
    signedOn: fromIsoDate(pact.signedOn),
    chairSignatory: pact.chairSignatory,
    commitments: pact.commitments,
    parties: pact.parties.map((p) => ({
      unitId: p.unitId,
      signatory: p.signatory,
      commitments: p.commitments ?? undefined,
    })),
  };
}

function toInput(values: PactValues): PactInput {
  return {
    name: values.name.trim(),
    signedOn: toIsoDate(values.signedOn)!,
    chairSignatory: values.chairSignatory.trim(),
    commitments: values.commitments.trim(),
    parties: values.parties.map((p) => ({
      unitId: p.unitId,
      signatory: p.signatory.trim(),
      commitments: p.commitments?.trim() || null,
    })),
  };
}

/** The units a pact may be signed with: the active ones, and those already on it (even if retired since). */
function useUnitOptions(pact: PactSummary | null) {
  const units = useUnits(useCommuneId(), 'all');
  const signed = new Set(pact?.parties.map((p) => p.unitId));
  const options = (units.data ?? [])
    .filter((unit) => !unit.retiredOn || signed.has(unit.id))
    .map((unit) => ({ value: unit.id, label: unit.retiredOn ? `${unit.name} (đã thôi)` : unit.name }));
  return { options, loading: units.isPending };
}

/** «Thêm giao ước» or «Sửa giao ước»: what the chair and each unit commit to, and who signed. */
export function PactFormModal({ target, onClose }: RecordFormProps<PactSummary>) {
  const year = useYear();
  const save = useSavePact(useCommuneId(), year.id);
  const units = useUnitOptions(target?.record ?? null);

  return (
    <NamedRecordFormModal<PactSummary, PactValues, PactInput>
      target={target}
      onClose={onClose}
      noun="giao ước"
      newTitle="Thêm giao ước thi đua"
      save={save.mutateAsync}
      valuesOf={(pact) => valuesOf(pact, year.year)}
      toInput={toInput}
      width={820}
    >
      <Form.Item name="name" {...fieldRules(PactInputSchema, 'name')}>
        <Input autoComplete="off" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="signedOn" {...fieldRules(PactInputSchema, 'signedOn')}>
            <DateInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="chairSignatory" {...fieldRules(PactInputSchema, 'chairSignatory')}>
            <Input autoComplete="off" placeholder="Họ và tên" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="commitments" {...fieldRules(PactInputSchema, 'commitments')}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
      </Form.Item>
      <Form.List
        name="parties"
        rules={[
          {
            validator: (_rule, parties?: unknown[]) =>
              parties && parties.length > 0
                ? Promise.resolve()
                : Promise.reject(new Error('Cần ít nhất một đơn vị ký kết.')),
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <Card size="small" title="Các đơn vị ký kết">
            {fields.map((field, index) => (
              <Row key={field.key} gutter={8} align="top">
                <Col xs={24} md={8}>
                  <Form.Item
                    name={[field.name, 'unitId']}
                    label={`Đơn vị ký kết ${index + 1}`}
                    rules={[{ required: true, message: 'Vui lòng chọn đơn vị.' }]}
                  >
                    <Select
                      showSearch={FOLDED_SEARCH}
                      loading={units.loading}
                      options={units.options}
                      placeholder="Chọn cơ quan, đoàn thể"
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={7}>
                  <Form.Item
                    name={[field.name, 'signatory']}
                    label={`Người ký ${index + 1}`}
                    rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập người ký.' }]}
                  >
                    <Input autoComplete="off" placeholder="Họ và tên" />
                  </Form.Item>
                </Col>
                <Col xs={20} md={8}>
                  <Form.Item name={[field.name, 'commitments']} label={`Cam kết của đơn vị ${index + 1}`}>
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                  </Form.Item>
                </Col>
                <Col xs={4} md={1}>
                  <Button
                    danger
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={`Bỏ đơn vị ký kết ${index + 1}`}
                    onClick={() => remove(field.name)}
                    style={{ marginTop: 30 }}
                  />
                </Col>
              </Row>
            ))}
            <Form.ErrorList errors={errors} />
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({})}>
              Thêm đơn vị ký kết
            </Button>
          </Card>
        )}
      </Form.List>
    </NamedRecordFormModal>
  );
}
