import { App, Form, Input, InputNumber } from 'antd';
import type { Dayjs } from 'dayjs';
import type { EmulationYearSummary } from '@thidua/domain';
import { useOpenYear, useUpdateYear } from '../../api/year-hooks';
import { FormModal } from '../../shell/FormModal';
import { useCommuneId } from '../../shell/commune-scope';
import { DateInput, fromIsoDate, toIsoDate } from '../../shell/record-fields';
import { paths } from '../../shell/paths';
import { useScopedNavigate } from '../../shell/links';

interface YearValues {
  year: number;
  theme: string;
  registrationDeadline?: Dayjs | null;
}

const THEME_RULES = [
  { required: true, whitespace: true, message: 'Vui lòng nhập chủ đề thi đua của năm.' },
  { max: 500, message: 'Chủ đề thi đua dài tối đa 500 ký tự.' },
];

/** The theme and the registration deadline, asked when opening a year and when changing them. */
function ThemeAndDeadlineFields({ autoFocus }: { autoFocus: boolean }) {
  return (
    <>
      <Form.Item label="Chủ đề thi đua" name="theme" rules={THEME_RULES}>
        <Input.TextArea
          autoFocus={autoFocus}
          rows={2}
          placeholder="Ví dụ: Đoàn kết, kỷ cương, đổi mới, sáng tạo, phát triển"
        />
      </Form.Item>
      <Form.Item
        label="Hạn đăng ký thi đua"
        name="registrationDeadline"
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
      <Form.Item label="Năm" name="year" rules={[{ required: true, message: 'Vui lòng nhập năm.' }]}>
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
