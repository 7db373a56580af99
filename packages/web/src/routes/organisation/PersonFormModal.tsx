import { Col, Form, Input, Radio, Row, Select, Switch, type FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  EMPLOYMENT_CATEGORIES,
  EMPLOYMENT_CATEGORY_LABELS,
  GENDER_LABELS,
  GENDERS,
  ID_NUMBER_PROBLEM_TEXT,
  idNumberProblem,
  type EmploymentCategory,
  type Gender,
  type PersonSummary,
  PersonInputSchema,
} from '@thidua/domain';
import { useUnits } from '../../api/organisation-hooks';
import { useCommuneId } from '../../shell/commune-scope';
import { DateInput, FOLDED_SEARCH, fromIsoDate, isFutureDate, toIsoDate } from '../../shell/record-fields';
import { RecordFormModal, type RecordFormProps } from '../../shell/RecordFormModal';
import { fieldRules } from '../../shell/form-rules';

interface PersonValues {
  fullName: string;
  gender: Gender;
  birthDate: Dayjs;
  idNumber: string;
  position?: string | null;
  unitId?: string | null;
  employmentCategory: EmploymentCategory;
  isLeader: boolean;
  serviceStart?: Dayjs | null;
  serviceEnd?: Dayjs | null;
}

const GENDER_OPTIONS = GENDERS.map((gender) => ({ value: gender, label: GENDER_LABELS[gender] }));
const CATEGORY_OPTIONS = EMPLOYMENT_CATEGORIES.map((category) => ({
  value: category,
  label: EMPLOYMENT_CATEGORY_LABELS[category],
}));

const idNumber = fieldRules(PersonInputSchema, 'idNumber');
const serviceEnd = fieldRules(PersonInputSchema, 'serviceEnd');

/** The same structure check as the server (Circular 59/2021/TT-BCA), so slips show while typing. */
const idNumberStructureRule: FormRule = ({ getFieldValue }) => ({
  validator: (_, value: string | undefined) => {
    if (!value) return Promise.resolve();
    const birthDate = getFieldValue('birthDate') as Dayjs | undefined;
    const problem = idNumberProblem(value.trim(), {
      gender: getFieldValue('gender') as Gender | undefined,
      birthYear: birthDate?.year(),
    });
    // The format itself is the schema's pattern rule; this names what else is wrong.
    return problem && problem !== 'format'
      ? Promise.reject(new Error(`«${idNumber.label}» ${ID_NUMBER_PROBLEM_TEXT[problem]}`))
      : Promise.resolve();
  },
});

const serviceEndRules: FormRule[] = [
  ({ getFieldValue }) => ({
    validator: (_, end: Dayjs | null | undefined) => {
      const start = getFieldValue('serviceStart') as Dayjs | null | undefined;
      return end && start && end.isBefore(start, 'day')
        ? Promise.reject(new Error('Ngày kết thúc không được trước ngày bắt đầu công tác.'))
        : Promise.resolve();
    },
  }),
];

function valuesOf(person: PersonSummary | null): Partial<PersonValues> {
  if (!person) return { isLeader: false, employmentCategory: 'cong_chuc' };
  return {
    ...person,
    birthDate: fromIsoDate(person.birthDate),
    serviceStart: fromIsoDate(person.serviceStart),
    serviceEnd: fromIsoDate(person.serviceEnd),
  };
}

const toInput = (values: PersonValues) => ({
  fullName: values.fullName.trim(),
  gender: values.gender,
  birthDate: toIsoDate(values.birthDate)!,
  idNumber: values.idNumber.trim(),
  position: values.position?.trim() || null,
  unitId: values.unitId ?? null,
  employmentCategory: values.employmentCategory,
  isLeader: values.isLeader,
  serviceStart: toIsoDate(values.serviceStart),
  serviceEnd: toIsoDate(values.serviceEnd),
});

export function PersonFormModal(props: RecordFormProps<PersonSummary>) {
  const units = useUnits(useCommuneId());
  return (
    <RecordFormModal<'people', PersonValues>
      {...props}
      resource="people"
      nameOf={(person) => person.fullName}
      valuesOf={valuesOf}
      toInput={toInput}
      width={760}
    >
      <Row gutter={16}>
        <Col xs={24} md={14}>
          <Form.Item name="fullName" {...fieldRules(PersonInputSchema, 'fullName')}>
            <Input autoFocus autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="gender" {...fieldRules(PersonInputSchema, 'gender')}>
            <Radio.Group options={GENDER_OPTIONS} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="birthDate" {...fieldRules(PersonInputSchema, 'birthDate')}>
            <DateInput disabledDate={isFutureDate} />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item
            name="idNumber"
            label={idNumber.label}
            rules={[...idNumber.rules, idNumberStructureRule]}
            dependencies={['gender', 'birthDate']}
            extra="12 chữ số, in trên căn cước công dân."
          >
            <Input inputMode="numeric" maxLength={12} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item name="position" {...fieldRules(PersonInputSchema, 'position')}>
            <Input autoComplete="off" placeholder="Ví dụ: Công chức Văn phòng – Thống kê" />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="employmentCategory" {...fieldRules(PersonInputSchema, 'employmentCategory')}>
            <Select options={CATEGORY_OPTIONS} />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item name="unitId" {...fieldRules(PersonInputSchema, 'unitId')}>
            <Select
              allowClear
              showSearch={FOLDED_SEARCH}
              loading={units.isPending}
              placeholder="Chọn đơn vị"
              options={(units.data ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="isLeader" {...fieldRules(PersonInputSchema, 'isLeader')} valuePropName="checked">
            <Switch checkedChildren="Có" unCheckedChildren="Không" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="serviceStart" {...fieldRules(PersonInputSchema, 'serviceStart')}>
            <DateInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="serviceEnd"
            label={serviceEnd.label}
            rules={[...serviceEnd.rules, ...serviceEndRules]}
            dependencies={['serviceStart']}
          >
            <DateInput />
          </Form.Item>
        </Col>
      </Row>
    </RecordFormModal>
  );
}
