import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Input, InputNumber, Skeleton } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  canManageRuleSettings,
  formatDateTimeVi,
  formatDateVi,
  RuleSettingsInputSchema,
  type RuleSettingsInput,
  type RuleSettingsView,
} from '@thidua/domain';
import { useCurrentUser } from '../../auth/session';
import { errorMessage } from '../../api/client';
import { useRuleSettings, useSaveRuleSettings } from '../../api/rule-settings-hooks';
import { PageHeader } from '../../components/PageHeader';
import { FormModal } from '../../shell/FormModal';
import { fieldRules, schemaLabels } from '../../shell/form-rules';
import { DateInput, fromIsoDate, toIsoDate } from '../../shell/record-fields';

const LABELS = schemaLabels(RuleSettingsInputSchema);

interface RuleSettingsValues {
  higherTitlesThreshold: number;
  amendedLawFrom?: Dayjs | null;
  documentNumber?: string;
  documentDate?: Dayjs | null;
}

/** «Cài đặt quy định của tỉnh»: what the law leaves to the province (legal-rules.md §1, §6). */
export function RuleSettingsPage() {
  const user = useCurrentUser();
  // A commune's users read their province's settings; only the province changes them.
  const provinceId = user.adminUnit.parentId ?? user.adminUnit.id;
  const canEdit = canManageRuleSettings(user.role);
  const settings = useRuleSettings(provinceId);
  const [editing, setEditing] = useState(false);
  return (
    <>
      <PageHeader
        title="Cài đặt quy định của tỉnh"
        extra={
          settings.data &&
          canEdit && (
            <Button type="primary" onClick={() => setEditing(true)}>
              Sửa cài đặt
            </Button>
          )
        }
      />
      {settings.error && <Alert type="error" showIcon message={errorMessage(settings.error)} />}
      {!settings.data && !settings.error && <Skeleton active />}
      {settings.data && (
        <>
          <CurrentSettings settings={settings.data} />
          <RuleSettingsModal
            provinceId={provinceId}
            settings={settings.data}
            open={editing}
            onClose={() => setEditing(false)}
          />
        </>
      )}
    </>
  );
}

function CurrentSettings({ settings }: { settings: RuleSettingsView }) {
  const document = settings.documentNumber
    ? `${settings.documentNumber}${settings.documentDate ? ` ngày ${formatDateVi(settings.documentDate)}` : ''}`
    : 'Chưa có';
  return (
    <Card>
      <Descriptions column={1} bordered size="small">
        <Descriptions.Item label={LABELS.higherTitlesThreshold}>
          {settings.higherTitlesThreshold} %{settings.isDefault ? ' (mặc định)' : ''}
        </Descriptions.Item>
        <Descriptions.Item label={LABELS.amendedLawFrom}>
          {settings.amendedLawFrom ? formatDateVi(settings.amendedLawFrom) : 'Chưa áp dụng'}
        </Descriptions.Item>
        <Descriptions.Item label="Văn bản quy định">{document}</Descriptions.Item>
        <Descriptions.Item label="Người sửa gần nhất">
          {settings.updatedBy && settings.updatedAt
            ? `${settings.updatedBy.displayName}, lúc ${formatDateTimeVi(settings.updatedAt)}`
            : 'Chưa ai sửa (đang dùng giá trị mặc định)'}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

interface RuleSettingsModalProps {
  provinceId: string;
  settings: RuleSettingsView;
  open: boolean;
  onClose: () => void;
}

function RuleSettingsModal({ provinceId, settings, open, onClose }: RuleSettingsModalProps) {
  const save = useSaveRuleSettings(provinceId);
  const { message } = App.useApp();
  const handleSubmit = async (values: RuleSettingsValues) => {
    const input: RuleSettingsInput = {
      higherTitlesThreshold: values.higherTitlesThreshold,
      amendedLawFrom: toIsoDate(values.amendedLawFrom),
      documentNumber: values.documentNumber?.trim() || null,
      documentDate: toIsoDate(values.documentDate),
    };
    await save.mutateAsync(input);
    void message.success('Đã lưu cài đặt quy định của tỉnh.');
  };
  return (
    <FormModal<RuleSettingsValues>
      title="Sửa cài đặt quy định của tỉnh"
      okText="Lưu"
      open={open}
      onClose={onClose}
      onSubmit={handleSubmit}
      initialValues={{
        higherTitlesThreshold: settings.higherTitlesThreshold,
        amendedLawFrom: fromIsoDate(settings.amendedLawFrom),
        documentNumber: settings.documentNumber ?? undefined,
        documentDate: fromIsoDate(settings.documentDate),
      }}
    >
      <Form.Item
        name="higherTitlesThreshold"
        {...fieldRules(RuleSettingsInputSchema, 'higherTitlesThreshold')}
      >
        <InputNumber autoFocus style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="amendedLawFrom" {...fieldRules(RuleSettingsInputSchema, 'amendedLawFrom')}>
        <DateInput />
      </Form.Item>
      <Form.Item name="documentNumber" {...fieldRules(RuleSettingsInputSchema, 'documentNumber')}>
        <Input />
      </Form.Item>
      <Form.Item name="documentDate" {...fieldRules(RuleSettingsInputSchema, 'documentDate')}>
        <DateInput />
      </Form.Item>
    </FormModal>
  );
}
