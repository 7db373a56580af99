import { formatDateVi } from '@thidua/domain';

/** «Đã thôi từ ngày» on a retired record's page. */
export function retirementFields(record: { retiredOn: string | null }) {
  return record.retiredOn
    ? [{ key: 'retiredOn', label: 'Đã thôi từ ngày', children: formatDateVi(record.retiredOn) }]
    : [];
}
