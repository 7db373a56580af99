import { App, Form, Select } from 'antd';
import type { EmulationYearSummary, IndicatorView, PeriodTargetView } from '@thidua/domain';
import { usePeriodTargets } from '../../api/period-target-hooks';
import { useSaveIndicator } from '../../api/year-hooks';
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

interface IndicatorValues extends IndicatorDefinitionValues {
  target?: number | null;
  actual?: number | null;
  periodTargetId?: string | null;
}

/** Which indicator the form is about: a new one (no indicator) or an existing one; null when closed. */
export type IndicatorFormTarget = { indicator?: IndicatorView } | null;

/** The five-year targets an indicator of `year` may follow: those whose period holds the year. */
function targetsCovering(targets: PeriodTargetView[], year: number) {
  return targets.filter((t) => t.fromYear <= year && year <= t.toYear);
}

/** «Thêm chỉ tiêu» / «Sửa chỉ tiêu»: every field of a key indicator of the year. */
export function IndicatorFormModal({
  year,
  target,
  onClose,
}: {
  year: EmulationYearSummary;
  target: IndicatorFormTarget;
  onClose: () => void;
}) {
  const communeId = useCommuneId();
  const save = useSaveIndicator(communeId, year.id);
  const periodTargets = usePeriodTargets(communeId);
  const { message } = App.useApp();
  const indicator = target?.indicator;
  const covering = targetsCovering(periodTargets.data ?? [], year.year);

  const submit = async (values: IndicatorValues) => {
    const input = {
      ...indicatorDefinitionInput(values),
      target: values.target ?? null,
      actual: values.actual ?? null,
      periodTargetId: values.periodTargetId ?? null,
    };
    await save.mutateAsync({ id: indicator?.id, input });
    void message.success(
      indicator ? `Đã lưu chỉ tiêu «${input.name}».` : `Đã thêm chỉ tiêu «${input.name}».`,
    );
  };

  return (
    <FormModal<IndicatorValues>
      title={indicator ? `Sửa chỉ tiêu «${indicator.name}»` : `Thêm chỉ tiêu năm ${year.year}`}
      okText="Lưu"
      open={target !== null}
      onClose={onClose}
      onSubmit={submit}
      width={640}
      initialValues={
        indicator
          ? {
              ...indicator,
              unit: indicator.unit ?? undefined,
              source: indicator.source ?? undefined,
              periodTargetId: indicator.periodTargetId ?? undefined,
            }
          : { direction: 'higher' }
      }
    >
      <IndicatorFields periodTargets={covering} loadingTargets={periodTargets.isPending} />
    </FormModal>
  );
}

function IndicatorFields({
  periodTargets,
  loadingTargets,
}: {
  periodTargets: PeriodTargetView[];
  loadingTargets: boolean;
}) {
  const form = Form.useFormInstance<IndicatorValues>();
  // Following a five-year target means measuring the same way: take its field, direction and unit.
  const followTarget = (id: string | undefined) => {
    const chosen = periodTargets.find((t) => t.id === id);
    if (!chosen) return;
    form.setFieldsValue({
      field: chosen.field,
      direction: chosen.direction,
      ...(form.getFieldValue('unit') ? {} : { unit: chosen.unit ?? undefined }),
    });
  };
  return (
    <>
      <IndicatorNameItem placeholder="Ví dụ: Đào tạo nghề cho lao động" />
      <IndicatorUnitItem placeholder="Ví dụ: lao động, %, tỷ đồng" />
      <IndicatorFieldAndDirectionItems directionExtra="Tỷ lệ hộ nghèo, trẻ suy dinh dưỡng: càng thấp càng tốt." />
      <Form.Item label="Chỉ tiêu" name="target" extra="Con số đề ra cho năm; để trống nếu chưa giao.">
        <FigureInput />
      </Form.Item>
      <Form.Item label="Thực hiện" name="actual" extra="Để trống nếu chưa có số liệu.">
        <FigureInput />
      </Form.Item>
      <IndicatorSourceItem placeholder="Ví dụ: Phòng Văn hóa – Xã hội" />
      <Form.Item
        label="Mục tiêu 5 năm"
        name="periodTargetId"
        extra="Không bắt buộc. Chỉ tiêu của năm được tính vào tiến độ của mục tiêu này."
      >
        <Select
          allowClear
          loading={loadingTargets}
          placeholder="Không theo dõi mục tiêu nào"
          notFoundContent="Chưa có mục tiêu 5 năm nào cho giai đoạn có năm này."
          onChange={followTarget}
          options={periodTargets.map((t) => ({
            value: t.id,
            label: `${t.name} (${t.fromYear}–${t.toYear})`,
          }))}
        />
      </Form.Item>
    </>
  );
}
