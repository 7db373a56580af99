import { Form, Input, Select } from 'antd';
import { GROUP_KIND_LABELS, GROUP_KINDS, type GroupKind, type ResidentialGroupSummary } from '@thidua/domain';
import { RecordFormModal, type RecordFormProps } from '../../shell/RecordFormModal';

interface GroupValues {
  name: string;
  kind: GroupKind;
  leaderName?: string | null;
  leaderPhone?: string | null;
}

const KIND_OPTIONS = GROUP_KINDS.map((kind) => ({ value: kind, label: GROUP_KIND_LABELS[kind] }));
const PHONE_PATTERN = /^(\+84|0)\d{9,10}$/;

const blankToNull = (text: string | null | undefined) => text?.trim() || null;

export function ResidentialGroupFormModal(props: RecordFormProps<ResidentialGroupSummary>) {
  return (
    <RecordFormModal<'residential-groups', GroupValues>
      {...props}
      resource="residential-groups"
      nameOf={(group) => group.name}
      valuesOf={(group) =>
        group
          ? {
              name: group.name,
              kind: group.kind,
              leaderName: group.leaderName,
              leaderPhone: group.leaderPhone,
            }
          : { kind: 'to_dan_pho' }
      }
      toInput={(values) => ({
        name: values.name.trim(),
        kind: values.kind,
        leaderName: blankToNull(values.leaderName),
        leaderPhone: blankToNull(values.leaderPhone),
      })}
    >
      <Form.Item
        label="Tên"
        name="name"
        rules={[
          { required: true, whitespace: true, message: 'Vui lòng nhập tên khóm, tổ dân phố.' },
          { max: 150, message: 'Tên dài tối đa 150 ký tự.' },
        ]}
      >
        <Input autoFocus autoComplete="off" placeholder="Ví dụ: Tổ dân phố 3" />
      </Form.Item>
      <Form.Item label="Loại" name="kind" rules={[{ required: true, message: 'Vui lòng chọn loại.' }]}>
        <Select options={KIND_OPTIONS} />
      </Form.Item>
      <Form.Item
        label="Tổ trưởng / Trưởng khóm, ấp"
        name="leaderName"
        rules={[{ max: 120, message: 'Họ tên dài tối đa 120 ký tự.' }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        label="Số điện thoại tổ trưởng"
        name="leaderPhone"
        rules={[{ pattern: PHONE_PATTERN, message: 'Số điện thoại gồm 10 chữ số, bắt đầu bằng 0.' }]}
      >
        <Input inputMode="tel" autoComplete="off" placeholder="Ví dụ: 0912345678" />
      </Form.Item>
    </RecordFormModal>
  );
}
