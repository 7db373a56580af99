import { App, Flex, Form, InputNumber } from 'antd';
import { PERIOD_TARGET_MAX_YEARS, type PeriodTargetView } from '@thidua/domain';
import { useSavePeriodTarget } from '../../api/period-target-hooks';
import { FormModal } from '../../shell/FormModal';
import { useCommuneId } from '../../shell/commune-scope';
import { FigureInput } from './indicator-display';
import {
  indicatorDefinitionInput,
  IndicatorFieldAndDirectionItems,
  IndicatorNameItem,
  IndicatorSourceItem,
  IndicatorUnitItem,
  type IndicatorDefinitionValues,
} from './IndicatorDefinitionFields';

interface PeriodTargetValues extends IndicatorDefinitionValues {
  fromYear: number;
  toYear: number;
  target: number;
}

/** Which target the form is about: a new one (no target) or an existing one; null when closed. */
export type PeriodTargetFormTarget = { target?: PeriodTargetView } | null;

const YEAR_RULES = [{ required: true, message: 'Vui lòng nhập năm.' }];

/** «Thêm mục tiêu 5 năm» / «Sửa mục tiêu»: the period, what is measured and the figure to reach. */
export function PeriodTargetFormModal({
  form,
  onClose,
}: {
  form: PeriodTargetFormTarget;
  onClose: () => void;
}) {
  const save = useSavePeriodTarget(useCommuneId());
  const { message } = App.useApp();
  const existing = form?.target;
  const thisYear = new Date().getFullYear();

  const submit = async (values: PeriodTargetValues) => {
    const input = {
      ...indicatorDefinitionInput(values),
      fromYear: values.fromYear,
      toYear: values.toYear,
      target: values.target,
    };
    await save.mutateAsync({ id: existing?.id, input });
    void message.success(existing ? `Đã lưu mục tiêu «${input.name}».` : `Đã thêm mục tiêu «${input.name}».`);
  };

  return (
    <FormModal<PeriodTargetValues>
      title={existing ? `Sửa mục tiêu «${existing.name}»` : 'Thêm mục tiêu 5 năm'}
      okText="Lưu"
      open={form !== null}
      onClose={onClose}
      onSubmit={submit}
      width={640}
      initialValues={
        existing
          ? {
              ...existing,
              target: existing.target ?? undefined,
              unit: existing.unit ?? undefined,
              source: existing.source ?? undefined,
            }
          : { fromYear: thisYear, toYear: thisYear + 4, direction: 'higher' }
      }
    >
      <Flex gap={16}>
        <Form.Item label="Từ năm" name="fromYear" rules={YEAR_RULES}>
          <InputNumber<number> min={2000} max={2100} precision={0} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item
          label="Đến năm"
          name="toYear"
          dependencies={['fromYear']}
          rules={[
            ...YEAR_RULES,
            ({ getFieldValue }) => ({
              validator: async (_, toYear?: number) => {
                const fromYear = getFieldValue('fromYear') as number | undefined;
                if (toYear === undefined || toYear === null || fromYear === undefined) return;
                if (toYear < fromYear) throw new Error('Đến năm không được trước Từ năm.');
                if (toYear - fromYear >= PERIOD_TARGET_MAX_YEARS)
                  throw new Error(`Giai đoạn dài tối đa ${PERIOD_TARGET_MAX_YEARS} năm.`);
              },
            }),
          ]}
        >
          <InputNumber<number> min={2000} max={2100} precision={0} style={{ width: 140 }} />
        </Form.Item>
      </Flex>
      <IndicatorNameItem placeholder="Ví dụ: Tỷ lệ dân số tham gia bảo hiểm y tế" />
      <IndicatorFieldAndDirectionItems />
      <Flex gap={16}>
        <Form.Item
          label="Mục tiêu"
          name="target"
          rules={[{ required: true, message: 'Vui lòng nhập con số cần đạt.' }]}
          extra="Mức cần đạt đến cuối giai đoạn."
          style={{ flex: 1 }}
        >
          <FigureInput />
        </Form.Item>
        <IndicatorUnitItem placeholder="Ví dụ: %, lao động" style={{ flex: 1 }} />
      </Flex>
      <IndicatorSourceItem placeholder="Ví dụ: Nghị quyết Đại hội Đảng bộ phường nhiệm kỳ 2025–2030" />
    </FormModal>
  );
}
