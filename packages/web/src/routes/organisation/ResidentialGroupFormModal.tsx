import { Form, Input, Select } from 'antd';
import {
  GROUP_KIND_LABELS,
  GROUP_KINDS,
  type GroupKind,
  type ResidentialGroupSummary,
  ResidentialGroupInputSchema,
} from '@thidua/domain';
import { RecordFormModal, type RecordFormProps } from '../../shell/RecordFormModal';
import { fieldRules } from '../../shell/form-rules';

interface GroupValues {
  name: string;
  kind: GroupKind;
  leaderName?: string | null;
  leaderPhone?: string | null;
}

const KIND_OPTIONS = GROUP_KINDS.map((kind) => ({ value: kind, label: GROUP_KIND_LABELS[kind] }));

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
      <Form.Item name="name" {...fieldRules(ResidentialGroupInputSchema, 'name')}>
        <Input autoFocus autoComplete="off" placeholder="Ví dụ: Tổ dân phố 3" />
      </Form.Item>
      <Form.Item name="kind" {...fieldRules(ResidentialGroupInputSchema, 'kind')}>
        <Select options={KIND_OPTIONS} />
      </Form.Item>
      <Form.Item name="leaderName" {...fieldRules(ResidentialGroupInputSchema, 'leaderName')}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="leaderPhone" {...fieldRules(ResidentialGroupInputSchema, 'leaderPhone')}>
        <Input inputMode="tel" autoComplete="off" placeholder="Ví dụ: 0912345678" />
      </Form.Item>
    </RecordFormModal>
  );
}
