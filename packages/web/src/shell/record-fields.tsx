import { DatePicker, Input, Segmented, Tag } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { foldForSearch, formatDateVi } from '@thidua/domain';
import type { RecordStatusFilter } from '../api/organisation-hooks';

/** Shown as dd/mm/yyyy; typed also as d/m/yyyy or ddmmyyyy. */
const DATE_FORMATS = ['DD/MM/YYYY', 'D/M/YYYY', 'DDMMYYYY'];

export const toIsoDate = (date: Dayjs | null | undefined): string | null =>
  date ? date.format('YYYY-MM-DD') : null;

export const fromIsoDate = (date: string | null | undefined): Dayjs | undefined =>
  date ? dayjs(date) : undefined;

interface DateInputProps {
  id?: string;
  value?: Dayjs | null;
  onChange?: (value: Dayjs | null) => void;
  autoFocus?: boolean;
  disabledDate?: (date: Dayjs) => boolean;
}

/** A date field in the Vietnamese order, as wide as its form item. */
export function DateInput(props: DateInputProps) {
  return <DatePicker format={DATE_FORMATS} placeholder="dd/mm/yyyy" style={{ width: '100%' }} {...props} />;
}

/** The rules of a record's name: required, up to 300 characters («Tên {noun}»). */
export const nameRules = (noun: string) => [
  { required: true, whitespace: true, message: `Vui lòng nhập tên ${noun}.` },
  { max: 300, message: `Tên ${noun} dài tối đa 300 ký tự.` },
];

export const isFutureDate = (date: Dayjs) => date.isAfter(dayjs(), 'day');

export function RecordStatusTag({ retiredOn }: { retiredOn: string | null }) {
  return retiredOn ? (
    <Tag>Đã thôi từ {formatDateVi(retiredOn)}</Tag>
  ) : (
    <Tag color="green">Đang hoạt động</Tag>
  );
}

const STATUS_OPTIONS: { value: RecordStatusFilter; label: string }[] = [
  { value: 'active', label: 'Đang hoạt động' },
  { value: 'retired', label: 'Đã thôi' },
  { value: 'all', label: 'Tất cả' },
];

export function StatusFilter({
  value,
  onChange,
}: {
  value: RecordStatusFilter;
  onChange: (status: RecordStatusFilter) => void;
}) {
  return (
    <Segmented<RecordStatusFilter>
      aria-label="Trạng thái"
      value={value}
      onChange={onChange}
      options={STATUS_OPTIONS}
    />
  );
}

/** Select search that ignores case and diacritics: «cong an» finds «Công an phường». */
export const FOLDED_SEARCH = {
  filterOption: (input: string, option?: { label?: unknown }) =>
    foldForSearch(String(option?.label ?? '')).includes(foldForSearch(input)),
};

/** A list's search box, named by its placeholder. */
export function SearchInput({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (text: string) => void;
}) {
  return (
    <Input
      type="search"
      prefix={<SearchOutlined aria-hidden />}
      placeholder={label}
      aria-label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      allowClear
      style={{ width: 280 }}
    />
  );
}
