import { Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useYear } from '../../shell/year-scope';
import { DateInput } from '../../shell/record-fields';

/** Days outside the year cannot be picked: a year's records happen in it. */
const outsideYear = (year: number) => (date: Dayjs) => date.year() !== year;

/** A required day within the emulation year, such as «Ngày đạt». */
export function YearDateItem({ label, name }: { label: string; name: string }) {
  const year = useYear();
  return (
    <Form.Item
      label={label}
      name={name}
      rules={[{ required: true, message: `Vui lòng nhập ${label.toLowerCase()}.` }]}
    >
      <DateInput disabledDate={outsideYear(year.year)} />
    </Form.Item>
  );
}
