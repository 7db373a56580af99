import { App, Button, Divider, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  DEFAULT_GRADE_BANDS,
  DEFAULT_SCORING_SCALE,
  DEFAULT_SCORING_SHEET,
  foldForSearch,
  formatNumberVi,
  GRADE_LABELS,
  type ScoringCriterion,
  type ScoringSettingsInput,
} from '@thidua/domain';
import { useCommuneAccounts, useSaveScoringSheet, useScoringSheet } from '../../api/scoring-hooks';
import { FormModal } from '../../shell/FormModal';
import { useCommuneId } from '../../shell/commune-scope';

/** A criterion's code from its name: «Kết quả nhiệm vụ» → ket_qua_nhiem_vu. */
const codeOf = (name: string) =>
  foldForSearch(name)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);

/**
 * The commune's scoring settings: the criteria and the most points each gives (adding up to 100),
 * the grade bands and the fewest months for a proposal — saved as a new sheet version that the
 * open years use, a closed year keeping its own — and the account that scores the officer and the
 * unit heads besides the chair.
 */
export function ScoringSheetModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const communeId = useCommuneId();
  const sheet = useScoringSheet(communeId);
  const save = useSaveScoringSheet(communeId);
  const { message } = App.useApp();

  const handleSubmit = async (values: ScoringSettingsInput) => {
    const criteria = values.criteria.map((c) => ({ ...c, code: c.code || codeOf(c.name) }));
    await save.mutateAsync({ ...values, criteria, headScorerUserId: values.headScorerUserId ?? null });
    void message.success('Đã lưu phiếu chấm điểm.');
  };

  return (
    <FormModal<ScoringSettingsInput>
      title="Phiếu chấm điểm hằng tháng"
      okText="Lưu"
      open={open && sheet.isSuccess}
      onClose={onClose}
      onSubmit={handleSubmit}
      initialValues={{
        criteria: sheet.data?.criteria ?? DEFAULT_SCORING_SHEET.criteria,
        thresholds: sheet.data?.thresholds ?? DEFAULT_GRADE_BANDS.thresholds,
        minimumMonths: sheet.data?.minimumMonths ?? DEFAULT_GRADE_BANDS.minimumMonths,
        headScorerUserId: sheet.data?.headScorer?.userId ?? null,
      }}
      width={760}
    >
      <Typography.Paragraph type="secondary">
        Tổng điểm tối đa của các tiêu chí phải bằng {DEFAULT_SCORING_SCALE.maxPoints} điểm. Lưu thay đổi tạo
        phiên bản phiếu mới cho các năm chưa khóa sổ; các tháng đã chấm giữ nguyên điểm, năm đã khóa sổ giữ
        phiếu và mức xếp loại của năm đó.
        {sheet.data?.isDefault
          ? ' Xã, phường đang dùng phiếu mặc định.'
          : ` Đang dùng phiên bản ${sheet.data?.version ?? ''}.`}
      </Typography.Paragraph>
      <CriteriaList />
      <Divider />
      <GradeBandFields />
      <Divider />
      <HeadScorerField communeId={communeId} enabled={open} />
    </FormModal>
  );
}

function CriteriaList() {
  const form = Form.useFormInstance<ScoringSettingsInput>();
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

const BANDS = ['hoan_thanh_xuat_sac', 'hoan_thanh_tot', 'hoan_thanh'] as const;

/** The lowest average of each grade and the fewest months scored before a grade is proposed. */
function GradeBandFields() {
  return (
    <>
      <Typography.Title level={5}>Mức xếp loại cuối năm (theo điểm trung bình các tháng)</Typography.Title>
      <Flex gap={8} wrap>
        {BANDS.map((band) => (
          <Form.Item
            key={band}
            label={`«${GRADE_LABELS[band]}» từ`}
            name={['thresholds', band]}
            rules={[{ required: true, message: 'Vui lòng nhập mức điểm.' }]}
          >
            <InputNumber min={0.5} max={DEFAULT_SCORING_SCALE.maxPoints} step={0.5} decimalSeparator="," />
          </Form.Item>
        ))}
        <Form.Item
          label="Số tháng chấm điểm tối thiểu"
          name="minimumMonths"
          tooltip="Chấm ít tháng hơn số này thì chưa đề xuất xếp loại."
          rules={[{ required: true, message: 'Vui lòng nhập số tháng.' }]}
        >
          <InputNumber min={1} max={12} step={1} precision={0} />
        </Form.Item>
      </Flex>
    </>
  );
}

/** The account that gives the officer's and the unit heads' head's score besides the chair (a vice-chair). */
function HeadScorerField({ communeId, enabled }: { communeId: string; enabled: boolean }) {
  const accounts = useCommuneAccounts(communeId, enabled);
  return (
    <Form.Item
      label="Người chấm điểm thủ trưởng cho cán bộ thi đua – khen thưởng và trưởng đơn vị (ngoài Chủ tịch)"
      name="headScorerUserId"
      extra="Thường là một Phó Chủ tịch UBND được Chủ tịch phân công; để trống thì chỉ Chủ tịch chấm."
    >
      <Select<string | null>
        allowClear
        loading={accounts.isPending}
        placeholder="Chỉ Chủ tịch UBND"
        showSearch={{ optionFilterProp: 'label' }}
        options={(accounts.data ?? []).map((account) => ({
          value: account.id,
          label: `${account.displayName} (${account.username})`,
        }))}
      />
    </Form.Item>
  );
}
