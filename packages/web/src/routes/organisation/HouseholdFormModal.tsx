import { Form, Input, InputNumber, Select } from 'antd';
import { HOUSEHOLD_MAX_MEMBERS, type HouseholdSummary, HouseholdInputSchema } from '@thidua/domain';
import { useResidentialGroups } from '../../api/organisation-hooks';
import { useCommuneId } from '../../shell/commune-scope';
import { FOLDED_SEARCH } from '../../shell/record-fields';
import { RecordFormModal, type RecordFormProps } from '../../shell/RecordFormModal';
import { fieldRules } from '../../shell/form-rules';

interface HouseholdValues {
  groupId: string;
  headName: string;
  address: string;
  memberCount: number;
}

export function HouseholdFormModal(props: RecordFormProps<HouseholdSummary>) {
  const groups = useResidentialGroups(useCommuneId());
  return (
    <RecordFormModal<'households', HouseholdValues>
      {...props}
      resource="households"
      nameOf={(household) => household.headName}
      valuesOf={(household) =>
        household
          ? {
              groupId: household.groupId,
              headName: household.headName,
              address: household.address,
              memberCount: household.memberCount,
            }
          : { memberCount: 1 }
      }
      toInput={(values) => ({
        groupId: values.groupId,
        headName: values.headName.trim(),
        address: values.address.trim(),
        memberCount: values.memberCount,
      })}
    >
      <Form.Item name="headName" {...fieldRules(HouseholdInputSchema, 'headName')}>
        <Input autoFocus autoComplete="off" />
      </Form.Item>
      <Form.Item name="address" {...fieldRules(HouseholdInputSchema, 'address')}>
        <Input autoComplete="off" placeholder="Ví dụ: Số 12, đường Lê Lợi" />
      </Form.Item>
      <Form.Item name="groupId" {...fieldRules(HouseholdInputSchema, 'groupId')}>
        <Select
          showSearch={FOLDED_SEARCH}
          loading={groups.isPending}
          placeholder="Chọn khóm, tổ dân phố"
          options={(groups.data ?? []).map((group) => ({ value: group.id, label: group.name }))}
        />
      </Form.Item>
      <Form.Item name="memberCount" {...fieldRules(HouseholdInputSchema, 'memberCount')}>
        <InputNumber min={1} max={HOUSEHOLD_MAX_MEMBERS} precision={0} style={{ width: 160 }} />
      </Form.Item>
    </RecordFormModal>
  );
}
