import { Alert, App, Form, Select } from 'antd';
import type { RegistrationView, TitleId } from '@thidua/domain';
import { useMoveRegistration } from '../../api/registration-hooks';
import { FormModal } from '../../components/FormModal';
import { useYear } from '../emulation-year/year-scope';
import { useCommuneId } from '../organisation/commune-scope';
import { useTitleOptions } from './use-title-options';

/** «Bổ sung, gửi lại»: the owner reads why it was returned, may pick another title, and sends it again. */
export function ResubmitRegistrationModal({
  registration,
  onClose,
}: {
  registration: RegistrationView | null;
  onClose: () => void;
}) {
  const move = useMoveRegistration(useCommuneId(), useYear().id);
  const { message } = App.useApp();
  const submit = async ({ title }: { title: TitleId }) => {
    await move.mutateAsync({ id: registration!.id, action: 'resubmit', body: { title } });
    void message.success(`Đã gửi lại đăng ký của ${registration!.subjectName}.`);
  };
  return (
    <FormModal<{ title: TitleId }>
      title={registration ? `Bổ sung, gửi lại đăng ký của ${registration.subjectName}` : ''}
      open={registration !== null}
      okText="Gửi lại"
      onClose={onClose}
      onSubmit={submit}
      initialValues={{ title: registration?.title }}
    >
      {registration && <ResubmitFields registration={registration} />}
    </FormModal>
  );
}

function ResubmitFields({ registration }: { registration: RegistrationView }) {
  const titles = useTitleOptions(registration.subjectType, registration.personId ?? registration.unitId);
  return (
    <>
      <Alert
        type="warning"
        showIcon
        title="Cán bộ thi đua – khen thưởng đã trả lại đăng ký này"
        description={`Lý do: ${registration.returnReason ?? '(không ghi)'}`}
        style={{ marginBottom: 16 }}
      />
      <Form.Item
        label="Danh hiệu"
        name="title"
        rules={[{ required: true, message: 'Vui lòng chọn danh hiệu.' }]}
        extra="Giữ danh hiệu cũ, hoặc chọn danh hiệu khác nếu cần."
      >
        <Select
          loading={!titles.ready}
          options={titles.options.map((option) => ({ value: option.id, label: option.label }))}
        />
      </Form.Item>
    </>
  );
}
