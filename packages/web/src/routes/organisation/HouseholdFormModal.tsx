import { Form, Input, InputNumber, Select } from 'antd';
import { HOUSEHOLD_MAX_MEMBERS, type HouseholdSummary } from '@thidua/domain';
import { useResidentialGroups } from '../../api/organisation-hooks';
import { useCommuneId } from '../../shell/commune-scope';
import { FOLDED_SEARCH } from '../../shell/record-fields';
import { RecordFormModal, type RecordFormProps } from '../../shell/RecordFormModal';

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
      <Form.Item
        label="Họ tên chủ hộ"
        name="headName"
        rules={[
          { required: true, whitespace: true, message: 'Vui lòng nhập họ tên chủ hộ.' },
          { max: 120, message: 'Họ tên chủ hộ dài tối đa 120 ký tự.' },
        ]}
      >
        <Input autoFocus autoComplete="off" />
      </Form.Item>
      <Form.Item
        label="Địa chỉ"
        name="address"
        rules={[
          { required: true, whitespace: true, message: 'Vui lòng nhập địa chỉ.' },
          { max: 250, message: 'Địa chỉ dài tối đa 250 ký tự.' },
        ]}
      >
        <Input autoComplete="off" placeholder="Ví dụ: Số 12, đường Lê Lợi" />
      </Form.Item>
      <Form.Item
        label="Khóm, ấp, thôn, tổ dân phố"
        name="groupId"
        rules={[{ required: true, message: 'Vui lòng chọn khóm, tổ dân phố.' }]}
      >
        <Select
          showSearch={FOLDED_SEARCH}
          loading={groups.isPending}
          placeholder="Chọn khóm, tổ dân phố"
          options={(groups.data ?? []).map((group) => ({ value: group.id, label: group.name }))}
        />
      </Form.Item>
      <Form.Item
        label="Số nhân khẩu"
        name="memberCount"
        rules={[{ required: true, message: 'Vui lòng nhập số nhân khẩu.' }]}
      >
        <InputNumber min={1} max={HOUSEHOLD_MAX_MEMBERS} precision={0} style={{ width: 160 }} />
      </Form.Item>
    </RecordFormModal>
  );
}
