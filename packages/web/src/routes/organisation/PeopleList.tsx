import type { ReactNode } from 'react';
import { Tag, type TableColumnsType } from 'antd';

import {
  EMPLOYMENT_CATEGORIES,
  EMPLOYMENT_CATEGORY_LABELS,
  PersonSummarySchema,
  formatDateVi,
  type EmploymentCategory,
  type PersonSummary,
} from '@thidua/domain';
import { useUnits } from '../../api/organisation-hooks';
import { useCommuneId } from '../../shell/commune-scope';
import { recordPath } from './organisation-resources';
import { PagedRecordList } from './PagedRecordList';
import { PersonFormModal } from './PersonFormModal';
import { ListFilter } from './RecordListToolbar';
import { useRecordList } from './use-record-list';
import { ScopedLink } from '../../shell/links';

type PersonSort = 'fullName' | 'birthDate' | 'unit' | 'serviceStart';

const CATEGORY_OPTIONS = EMPLOYMENT_CATEGORIES.map((category) => ({
  value: category,
  label: EMPLOYMENT_CATEGORY_LABELS[category],
}));

const optionalDate = (date: string | null) => (date ? formatDateVi(date) : '—');

/** The commune's cadres, civil servants and workers; inside a unit's page, only that unit's. */
export function PeopleList({
  unitId,
  title,
  extraActions,
}: {
  unitId?: string;
  title?: string;
  extraActions?: ReactNode;
}) {
  const list = useRecordList<PersonSummary, PersonSort>('people', {
    schema: PersonSummarySchema,
    defaultSort: 'fullName',
    fixed: { unitId },
  });
  const units = useUnits(useCommuneId(), 'all');

  const columns: TableColumnsType<PersonSummary> = [
    {
      title: 'Họ và tên',
      width: 190,
      ...list.sortable('fullName'),
      render: (_, person) => (
        <>
          <ScopedLink to={recordPath('people', person.id)}>{person.fullName}</ScopedLink>
          {person.isLeader && (
            <Tag color="blue" style={{ marginInlineStart: 8 }}>
              Lãnh đạo
            </Tag>
          )}
        </>
      ),
    },
    {
      title: 'Ngày sinh',
      dataIndex: 'birthDate',
      width: 110,
      ...list.sortable('birthDate'),
      render: formatDateVi,
    },
    { title: 'Chức vụ', dataIndex: 'position', render: (position: string | null) => position ?? '—' },
    ...(unitId
      ? []
      : [
          {
            title: 'Đơn vị',
            dataIndex: 'unitName',
            ...list.sortable('unit'),
            render: (unitName: string | null) => unitName ?? '—',
          },
        ]),
    {
      title: 'Loại cán bộ',
      dataIndex: 'employmentCategory',
      width: 150,
      render: (category: EmploymentCategory) => EMPLOYMENT_CATEGORY_LABELS[category],
    },
    {
      title: 'Bắt đầu công tác',
      dataIndex: 'serviceStart',
      width: 125,
      ...list.sortable('serviceStart'),
      render: optionalDate,
    },
  ];

  return (
    <PagedRecordList<PersonSummary>
      resource="people"
      title={title}
      list={list}
      columns={columns}
      nameOf={(person) => person.fullName}
      searchLabel="Tìm theo họ tên, chức vụ (không cần gõ dấu)"
      addLabel="Thêm nhân sự"
      nothingYet={unitId ? 'Đơn vị này chưa có nhân sự nào.' : 'Chưa có nhân sự nào.'}
      next={unitId ? undefined : 'Thêm từng người, hoặc nhập cả danh sách bằng «Nhập từ Excel».'}
      extraActions={extraActions}
      Form={PersonFormModal}
      filters={
        <>
          {!unitId && (
            <ListFilter
              list={list}
              field="unitId"
              label="Lọc theo đơn vị"
              placeholder="Tất cả đơn vị"
              options={(units.data ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
            />
          )}
          <ListFilter
            list={list}
            field="employmentCategory"
            label="Lọc theo loại cán bộ"
            placeholder="Tất cả loại cán bộ"
            options={CATEGORY_OPTIONS}
            width={220}
          />
        </>
      }
    />
  );
}
