import { App, Form, Radio, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { PersonSummarySchema, pageSchemaOf, type TitleId, type WriteScope } from '@thidua/domain';
import { apiGet } from '../../api/client';
import { organisationKeys, resourceListPath } from '../../api/organisation-hooks';
import { useBulkRegistration } from '../../api/registration-hooks';
import { FormModal } from '../../shell/FormModal';
import { initialSubject, ScopedUnitPicker, useWriteScope } from '../../shell/ScopedPickers';
import { useYear } from '../../shell/year-scope';
import { useCommuneId } from '../../shell/commune-scope';
import { useTitleOptions, useUnitPeopleTitleOptions } from './use-title-options';

interface BulkValues {
  unitId?: string | null;
  unitTitle?: TitleId | null;
  personTitle?: TitleId | null;
  who: 'all' | 'chosen';
  personIds?: string[];
}

/** The most people one list request returns; a unit rarely has more. */
const MEMBERS_PAGE = 100;

/**
 * «Đăng ký theo đơn vị»: the unit's collective title and one individual title for all its active
 * people, or for the chosen ones. Those already registered for that title are left as they are.
 */
export function BulkRegistrationModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const communeId = useCommuneId();
  const year = useYear();
  const scope = useWriteScope();
  const bulk = useBulkRegistration(communeId, year.id);
  const { message } = App.useApp();

  const submit = async (values: BulkValues) => {
    const result = await bulk.mutateAsync({
      unitId: values.unitId!,
      unitTitle: values.unitTitle ?? null,
      personTitle: values.personTitle ?? null,
      personIds: values.personTitle && values.who === 'chosen' ? (values.personIds ?? []) : null,
    });
    const already = result.alreadyRegistered.length
      ? ` ${result.alreadyRegistered.length} đã đăng ký từ trước: ${result.alreadyRegistered.join(', ')}.`
      : '';
    void message.success(`Đã đăng ký ${result.created.length} trường hợp.${already}`, 8);
  };

  return (
    <FormModal<BulkValues>
      title={`Đăng ký theo đơn vị — năm ${year.year}`}
      open={open}
      okText="Đăng ký"
      onClose={onClose}
      onSubmit={submit}
      width={640}
      initialValues={{ who: 'all', unitId: initialSubject(scope).unitId }}
    >
      <BulkFields scope={scope} />
    </FormModal>
  );
}

function BulkFields({ scope }: { scope: WriteScope }) {
  const communeId = useCommuneId();
  const form = Form.useFormInstance<BulkValues>();
  const unitId = Form.useWatch('unitId', form);
  const personTitle = Form.useWatch('personTitle', form);
  const who = Form.useWatch('who', form);
  const unitTitles = useTitleOptions('unit', unitId);
  const members = useQuery({
    queryKey: [...organisationKeys.list(communeId, 'people'), 'unit-members', unitId],
    queryFn: () =>
      apiGet(resourceListPath(communeId, 'people'), pageSchemaOf(PersonSummarySchema), {
        unitId: unitId!,
        pageSize: MEMBERS_PAGE,
      }),
    enabled: Boolean(unitId),
  });
  return (
    <>
      <Form.Item label="Đơn vị" name="unitId" rules={[{ required: true, message: 'Vui lòng chọn đơn vị.' }]}>
        <ScopedUnitPicker scope={scope} />
      </Form.Item>
      <Form.Item label="Danh hiệu của tập thể" name="unitTitle">
        <Select
          allowClear
          disabled={!unitTitles.ready}
          placeholder="Không đăng ký cho tập thể"
          options={unitTitles.options.map((option) => ({ value: option.id, label: option.label }))}
        />
      </Form.Item>
      <PersonTitleField unitId={unitId} />
      {personTitle && (
        <>
          <Form.Item label="Cá nhân được đăng ký" name="who">
            <Radio.Group
              options={[
                {
                  value: 'all',
                  label: `Tất cả nhân sự đang công tác${members.data ? ` (${members.data.total} người)` : ''}`,
                },
                { value: 'chosen', label: 'Chọn một số người' },
              ]}
            />
          </Form.Item>
          {who === 'chosen' && (
            <Form.Item
              label="Chọn người"
              name="personIds"
              rules={[{ required: true, message: 'Vui lòng chọn ít nhất một người.' }]}
            >
              <Select
                mode="multiple"
                loading={members.isPending}
                optionFilterProp="label"
                placeholder="Chọn người trong đơn vị"
                options={(members.data?.items ?? []).map((p) => ({ value: p.id, label: p.fullName }))}
              />
            </Form.Item>
          )}
        </>
      )}
    </>
  );
}

/** The individual title for the unit's people: those of the unit's kind (armed forces for the police post). */
function PersonTitleField({ unitId }: { unitId: string | null | undefined }) {
  const titles = useUnitPeopleTitleOptions(unitId);
  return (
    <Form.Item
      label="Danh hiệu của cá nhân"
      name="personTitle"
      rules={[
        ({ getFieldValue }) => ({
          validator: (_, value) =>
            value || getFieldValue('unitTitle')
              ? Promise.resolve()
              : Promise.reject(new Error('Chọn danh hiệu của tập thể hoặc của cá nhân.')),
        }),
      ]}
      dependencies={['unitTitle']}
    >
      <Select
        allowClear
        disabled={!titles.ready}
        placeholder="Không đăng ký cho cá nhân"
        options={titles.options.map((option) => ({ value: option.id, label: option.label }))}
      />
    </Form.Item>
  );
}
