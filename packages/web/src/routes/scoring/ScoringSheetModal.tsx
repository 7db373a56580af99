import { App, Button, Flex, Form, Input, InputNumber, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  DEFAULT_SCORING_SCALE,
  DEFAULT_SCORING_SHEET,
  foldForSearch,
  formatNumberVi,
  type ScoringCriterion,
  type ScoringSheetInput,
} from '@thidua/domain';
import { useSaveScoringSheet, useScoringSheet } from '../../api/scoring-hooks';
import { FormModal } from '../../shell/FormModal';
import { useCommuneId } from '../../shell/commune-scope';

/** A criterion's code from its name: «Kết quả nhiệm vụ» → ket_qua_nhiem_vu. */
const codeOf = (name: string) =>
  foldForSearch(name)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);

/**
 * The commune's scoring sheet: its criteria and the most points each gives, adding up to 100.
 * A month scored earlier keeps its points; the new sheet applies to what is scored from now on.
 */
export function ScoringSheetModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const communeId = useCommuneId();
  const sheet = useScoringSheet(communeId);
  const save = useSaveScoringSheet(communeId);
  const { message } = App.useApp();

  const handleSubmit = async (values: ScoringSheetInput) => {
    const criteria = values.criteria.map((c) => ({ ...c, code: c.code || codeOf(c.name) }));
    await save.mutateAsync({ criteria });
    void message.success('Đã lưu phiếu chấm điểm.');
  };

  return (
    <FormModal<ScoringSheetInput>
      title="Phiếu chấm điểm hằng tháng"
      okText="Lưu"
      open={open && sheet.isSuccess}
      onClose={onClose}
      onSubmit={handleSubmit}
      initialValues={{ criteria: sheet.data?.criteria ?? DEFAULT_SCORING_SHEET.criteria }}
      width={760}
    >
      <Typography.Paragraph type="secondary">
        Tổng điểm tối đa của các tiêu chí phải bằng {DEFAULT_SCORING_SCALE.maxPoints} điểm. Các tháng đã chấm
        giữ nguyên điểm; phiếu mới áp dụng cho lần chấm tiếp theo.
        {sheet.data?.isDefault && ' Xã, phường đang dùng phiếu mặc định.'}
      </Typography.Paragraph>
      <CriteriaList />
    </FormModal>
  );
}

function CriteriaList() {
  const form = Form.useFormInstance<ScoringSheetInput>();
  return (
    <Form.List name="criteria">
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field, index) => (
            <Flex key={field.key} gap={8} align="start">
              <Form.Item
                label={`Tiêu chí ${index + 1}`}
                name={[field.name, 'name']}
                rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập tên tiêu chí.' }]}
                style={{ flex: 1 }}
              >
                <Input maxLength={300} />
              </Form.Item>
              <Form.Item
                label={`Mã tiêu chí ${index + 1}`}
                name={[field.name, 'code']}
                tooltip="Chữ thường không dấu; để trống để lấy theo tên."
                style={{ width: 170 }}
              >
                <Input maxLength={40} />
              </Form.Item>
              <Form.Item
                label={`Điểm tối đa ${index + 1}`}
                name={[field.name, 'maxPoints']}
                rules={[{ required: true, message: 'Vui lòng nhập điểm tối đa.' }]}
                style={{ width: 130 }}
              >
                <InputNumber
                  min={0.5}
                  max={DEFAULT_SCORING_SCALE.maxPoints}
                  step={0.5}
                  decimalSeparator=","
                />
              </Form.Item>
              <Button
                aria-label={`Xóa tiêu chí ${index + 1}`}
                icon={<DeleteOutlined aria-hidden />}
                onClick={() => remove(field.name)}
                disabled={fields.length === 1}
                style={{ marginTop: 30 }}
              />
            </Flex>
          ))}
          <SheetTotal />
          <Form.ErrorList errors={errors} />
          <Flex gap={8} style={{ marginBottom: 8 }}>
            <Button
              icon={<PlusOutlined aria-hidden />}
              onClick={() => add({ code: '', name: '', maxPoints: 5 })}
            >
              Thêm tiêu chí
            </Button>
            <Button onClick={() => form.setFieldsValue({ criteria: DEFAULT_SCORING_SHEET.criteria })}>
              Dùng phiếu mặc định
            </Button>
          </Flex>
        </>
      )}
    </Form.List>
  );
}

/** The sum of the criteria's points as they are typed. */
function SheetTotal() {
  const criteria = Form.useWatch<ScoringCriterion[] | undefined>('criteria');
  const total = (criteria ?? []).reduce((sum, c) => sum + (Number(c?.maxPoints) || 0), 0);
  const balanced = total === DEFAULT_SCORING_SCALE.maxPoints;
  return (
    <Typography.Paragraph role="status" type={balanced ? undefined : 'danger'}>
      Tổng điểm tối đa: {formatNumberVi(total)} / {DEFAULT_SCORING_SCALE.maxPoints}
    </Typography.Paragraph>
  );
}
