import { App, Form, Input } from 'antd';
import type { RegistrationView } from '@thidua/domain';
import { useMoveRegistration } from '../../api/registration-hooks';
import { FormModal } from '../../components/FormModal';
import { useYear } from '../emulation-year/year-scope';
import { useCommuneId } from '../organisation/commune-scope';

/** «Trả lại»: the officer sends a registration back to its owner, saying what to complete. */
export function ReturnRegistrationModal({
  registration,
  onClose,
}: {
  registration: RegistrationView | null;
  onClose: () => void;
}) {
  const move = useMoveRegistration(useCommuneId(), useYear().id);
  const { message } = App.useApp();
  const submit = async ({ reason }: { reason: string }) => {
    await move.mutateAsync({ id: registration!.id, action: 'return', body: { reason: reason.trim() } });
    void message.success(`Đã trả lại đăng ký của ${registration!.subjectName}.`);
  };
  return (
    <FormModal<{ reason: string }>
      title={
        registration ? `Trả lại đăng ký «${registration.titleLabel}» của ${registration.subjectName}` : ''
      }
      open={registration !== null}
      okText="Trả lại"
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item
        label="Lý do trả lại"
        name="reason"
        rules={[
          { required: true, whitespace: true, message: 'Vui lòng nêu lý do để người đăng ký bổ sung.' },
          { max: 1000, message: 'Lý do dài tối đa 1000 ký tự.' },
        ]}
        extra="Người đăng ký sẽ thấy lý do này để bổ sung rồi gửi lại."
      >
        <Input.TextArea autoFocus rows={4} />
      </Form.Item>
    </FormModal>
  );
}
