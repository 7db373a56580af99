import { App, Form, Input, InputNumber } from 'antd';
import type { Dayjs } from 'dayjs';
import type { EmulationYearSummary } from '@thidua/domain';
import { useOpenYear, useUpdateYear } from '../../api/year-hooks';
import { FormModal } from '../../shell/FormModal';
import { useCommuneId } from '../../shell/commune-scope';
import { DateInput, fromIsoDate, toIsoDate } from '../../shell/record-fields';
import { paths } from '../../shell/paths';
import { useScopedNavigate } from '../../shell/links';
import { EmulationYearInputSchema } from '@thidua/domain';
import { fieldRules } from '../../shell/form-rules';

interface YearValues {
  year: number;
  theme: string;
  registrationDeadline?: Dayjs | null;
}

/** The theme and the registration deadline, asked when opening a year and when changing them. */
function ThemeAndDeadlineFields({ autoFocus }: { autoFocus: boolean }) {
  return (
    <>
      <Form.Item name="theme" {...fieldRules(EmulationYearInputSchema, 'theme')}>
        <Input.TextArea
          autoFocus={autoFocus}
          rows={2}
          placeholder="Ví dụ: Đoàn kết, kỷ cương, đổi mới, sáng tạo, phát triển"
        />
      </Form.Item>
      <Form.Item
        name="registrationDeadline"
        {...fieldRules(EmulationYearInputSchema, 'registrationDeadline')}
        extra="Sau ngày này chỉ cán bộ thi đua – khen thưởng được đăng ký hoặc sửa đăng ký."
      >
        <DateInput />
      </Form.Item>
    </>
  );
}

/** «Mở năm thi đua»: the year, its theme and the registration deadline; then the new year's page. */
export function OpenYearModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const openYear = useOpenYear(useCommuneId());
  const { message } = App.useApp();
  const navigate = useScopedNavigate();
  const submit = async (values: YearValues) => {
    const created = await openYear.mutateAsync({
      year: values.year,
      theme: values.theme.trim(),
      registrationDeadline: toIsoDate(values.registrationDeadline),
    });
    void message.success(`Đã mở năm thi đua ${created.year}.`);
    navigate(paths.year(created.id));
  };
  return (
    <FormModal<YearValues>
      title="Mở năm thi đua"
      okText="Lưu"
      open={open}
      onClose={onClose}
      onSubmit={submit}
      initialValues={{ year: new Date().getFullYear() }}
    >
      <Form.Item name="year" {...fieldRules(EmulationYearInputSchema, 'year')}>
        <InputNumber<number> autoFocus min={2000} max={2100} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <ThemeAndDeadlineFields autoFocus={false} />
    </FormModal>
  );
}

/** «Sửa chủ đề, hạn đăng ký» of a year that is not closed. */
export function EditYearModal({
  year,
  open,
  onClose,
}: {
  year: EmulationYearSummary;
  open: boolean;
  onClose: () => void;
}) {
  const updateYear = useUpdateYear(useCommuneId(), year.id);
  const { message } = App.useApp();
  const submit = async (values: Omit<YearValues, 'year'>) => {
    await updateYear.mutateAsync({
      theme: values.theme.trim(),
      registrationDeadline: toIsoDate(values.registrationDeadline),
    });
    void message.success(`Đã lưu chủ đề và hạn đăng ký của năm ${year.year}.`);
  };
  return (
    <FormModal<Omit<YearValues, 'year'>>
      title={`Năm thi đua ${year.year}: chủ đề và hạn đăng ký`}
      okText="Lưu"
      open={open}
      onClose={onClose}
      onSubmit={submit}
      initialValues={{ theme: year.theme, registrationDeadline: fromIsoDate(year.registrationDeadline) }}
    >
      <ThemeAndDeadlineFields autoFocus />
    </FormModal>
  );
}
