import { App, Descriptions, Form } from 'antd';
import type { IndicatorView } from '@thidua/domain';
import { useSaveIndicator } from '../../api/year-hooks';
import { FormModal } from '../../shell/FormModal';
import { useCommuneId } from '../../shell/commune-scope';
import { FigureInput, formatFigure } from './indicator-display';
import { indicatorInputOf } from './indicator-input';

interface ActualValues {
  actual?: number | null;
}

/** «Nhập số thực hiện»: only the actual of one indicator; the verdict follows from it. */
export function ActualModal({
  yearId,
  indicator,
  onClose,
}: {
  yearId: string;
  indicator: IndicatorView | null;
  onClose: () => void;
}) {
  const save = useSaveIndicator(useCommuneId(), yearId);
  const { message } = App.useApp();
  const submit = async ({ actual }: ActualValues) => {
    if (!indicator) return;
    await save.mutateAsync({
      id: indicator.id,
      input: { ...indicatorInputOf(indicator), actual: actual ?? null },
    });
    void message.success(`Đã lưu số thực hiện của «${indicator.name}».`);
  };
  return (
    <FormModal<ActualValues>
      // The dialog is named by its title: kept free of «thực hiện», the label of its one field.
      title={`Nhập kết quả «${indicator?.name ?? ''}»`}
      okText="Lưu"
      open={indicator !== null}
      onClose={onClose}
      onSubmit={submit}
      initialValues={{ actual: indicator?.actual ?? null }}
    >
      {indicator && (
        <Descriptions
          size="small"
          column={1}
          style={{ marginBottom: 16 }}
          items={[
            {
              key: 'target',
              label: 'Chỉ tiêu đề ra',
              children: formatFigure(indicator.target, indicator.unit),
            },
          ]}
        />
      )}
      <Form.Item
        label="Thực hiện"
        name="actual"
        extra={
          indicator?.unit
            ? `Đơn vị tính: ${indicator.unit}. Để trống nếu chưa có số liệu.`
            : 'Để trống nếu chưa có số liệu.'
        }
      >
        <FigureInput autoFocus />
      </Form.Item>
    </FormModal>
  );
}
