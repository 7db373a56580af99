import { Form, Input } from 'antd';
import type { RegistrationView } from '@thidua/domain';
import { MoveRegistrationModal } from './MoveRegistrationModal';
import { RegistrationReturnSchema } from '@thidua/domain';
import { fieldRules } from '../../shell/form-rules';

/** «Trả lại»: the officer sends a registration back to its owner, saying what to complete. */
export function ReturnRegistrationModal({
  registration,
  onClose,
}: {
  registration: RegistrationView | null;
  onClose: () => void;
}) {
  return (
    <MoveRegistrationModal<{ reason: string }>
      registration={registration}
      onClose={onClose}
      action="return"
      bodyOf={({ reason }) => ({ reason: reason.trim() })}
      title={(r) => `Trả lại đăng ký «${r.titleLabel}» của ${r.subjectName}`}
      okText="Trả lại"
      done="trả lại"
    >
      <Form.Item
        name="reason"
        {...fieldRules(RegistrationReturnSchema, 'reason')}

        extra="Người đăng ký sẽ thấy lý do này để bổ sung rồi gửi lại."
      >
        <Input.TextArea autoFocus rows={4} />
      </Form.Item>
    </MoveRegistrationModal>
  );
}
