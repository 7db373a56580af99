import { EMPLOYMENT_CATEGORY_LABELS, formatDateVi, GENDER_LABELS, type PersonSummary } from '@thidua/domain';
import { PersonAchievementsPanel } from '../achievements/SubjectAchievementsPanel';
import { PersonRegistrationsPanel } from '../registrations/SubjectRegistrationsPanel';
import { PersonScoresPanel } from '../scoring/PersonScoresPanel';
import { recordPath } from './organisation-resources';
import { PersonFormModal } from './PersonFormModal';
import { RecordDetail } from './RecordDetail';
import { retirementFields } from './retirement-fields';
import { ScopedLink } from '../../shell/links';

const optionalDate = (date: string | null) => (date ? formatDateVi(date) : 'Chưa cập nhật');

function personFields(person: PersonSummary) {
  return [
    { key: 'fullName', label: 'Họ và tên', children: person.fullName },
    { key: 'gender', label: 'Giới tính', children: GENDER_LABELS[person.gender] },
    { key: 'birthDate', label: 'Ngày sinh', children: formatDateVi(person.birthDate) },
    { key: 'idNumber', label: 'Số định danh cá nhân', children: person.idNumber },
    { key: 'position', label: 'Chức vụ', children: person.position ?? 'Chưa cập nhật' },
    {
      key: 'unit',
      label: 'Đơn vị',
      children: person.unitId ? (
        <ScopedLink to={recordPath('units', person.unitId)}>{person.unitName}</ScopedLink>
      ) : (
        'Chưa xếp đơn vị'
      ),
    },
    {
      key: 'category',
      label: 'Loại cán bộ',
      children: EMPLOYMENT_CATEGORY_LABELS[person.employmentCategory],
    },
    { key: 'isLeader', label: 'Giữ chức vụ lãnh đạo, quản lý', children: person.isLeader ? 'Có' : 'Không' },
    { key: 'serviceStart', label: 'Ngày bắt đầu công tác', children: optionalDate(person.serviceStart) },
    { key: 'serviceEnd', label: 'Ngày kết thúc công tác', children: optionalDate(person.serviceEnd) },
    ...retirementFields(person),
  ];
}

export function PersonDetailPage() {
  return (
    <RecordDetail
      resource="people"
      nameOf={(person) => person.fullName}
      fields={personFields}
      Form={PersonFormModal}
    >
      {(person) => (
        <>
          <PersonRegistrationsPanel personId={person.id} />
          <PersonScoresPanel personId={person.id} />
          <PersonAchievementsPanel personId={person.id} />
        </>
      )}
    </RecordDetail>
  );
}
