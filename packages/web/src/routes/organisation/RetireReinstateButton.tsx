import { useState } from 'react';
import { App, Button, Form, Input, Popconfirm, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { errorMessage } from '../../api/client';
import { useSetRetired, type OrganisationResource } from '../../api/organisation-hooks';
import { FormModal } from '../../shell/FormModal';
import { useCommuneId } from '../../shell/commune-scope';
import { RESOURCES } from './organisation-resources';
import { DateInput, isFutureDate, toIsoDate } from '../../shell/record-fields';
import { RetireInputSchema } from '@thidua/domain';
import { fieldRules } from '../../shell/form-rules';

interface RetireReinstateButtonProps {
  resource: OrganisationResource;
  record: { id: string; retiredOn: string | null };
  /** The record's name, as the confirmation and the button's accessible name say it. */
  name: string;
  size?: 'small' | 'middle';
}

interface RetireValues {
  retiredOn: Dayjs;
  reason?: string;
}

/**
 * «Cho thôi» asks the date and the reason before retiring (the record and its history are kept);
 * «Khôi phục» asks for confirmation. One button for every kind of organisation record.
 */
export function RetireReinstateButton({
  resource,
  record,
  name,
  size = 'middle',
}: RetireReinstateButtonProps) {
  const setRetired = useSetRetired(resource, useCommuneId());
  const { message } = App.useApp();
  const [retiring, setRetiring] = useState(false);
  const noun = RESOURCES[resource].noun;

  if (record.retiredOn) {
    const reinstate = async () => {
      try {
        await setRetired.mutateAsync({ id: record.id, retire: null });
        void message.success(`Đã khôi phục «${name}».`);
      } catch (error) {
        void message.error(errorMessage(error));
      }
    };
    return (
      <Popconfirm
        title={`Khôi phục ${noun} «${name}» về trạng thái đang hoạt động?`}
        okText="Khôi phục"
        cancelText="Hủy"
        onConfirm={reinstate}
      >
        <Button size={size} aria-label={`Khôi phục ${name}`} loading={setRetired.isPending}>
          Khôi phục
        </Button>
      </Popconfirm>
    );
  }

  const retire = async (values: RetireValues) => {
    const reason = values.reason?.trim();
    await setRetired.mutateAsync({
      id: record.id,
      retire: { retiredOn: toIsoDate(values.retiredOn)!, ...(reason ? { reason } : {}) },
    });
    void message.success(`Đã cho thôi «${name}».`);
  };

  return (
    <>
      <Button size={size} danger aria-label={`Cho thôi ${name}`} onClick={() => setRetiring(true)}>
        Cho thôi
      </Button>
      <FormModal<RetireValues>
        title={`Cho thôi ${noun} «${name}»`}
        okText="Cho thôi"
        open={retiring}
        onClose={() => setRetiring(false)}
        onSubmit={retire}
        initialValues={{ retiredOn: dayjs() }}
      >
        <Typography.Paragraph type="secondary">
          Bản ghi không bị xóa: lịch sử được giữ lại và có thể khôi phục sau.
        </Typography.Paragraph>
        <Form.Item name="retiredOn" {...fieldRules(RetireInputSchema, 'retiredOn')}>
          <DateInput autoFocus disabledDate={isFutureDate} />
        </Form.Item>
        <Form.Item name="reason" {...fieldRules(RetireInputSchema, 'reason')}>
          <Input.TextArea rows={2} placeholder="Ví dụ: nghỉ hưu, chuyển công tác, chuyển nơi ở" />
        </Form.Item>
      </FormModal>
    </>
  );
}
