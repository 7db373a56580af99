import { Alert, Form, Select } from 'antd';
import type { RegistrationView, TitleId } from '@thidua/domain';
import { MoveRegistrationModal } from './MoveRegistrationModal';
import { useTitleOptions } from './use-title-options';
import { RegistrationResubmitSchema } from '@thidua/domain';
import { fieldRules } from '../../shell/form-rules';

/** «Bổ sung, gửi lại»: the owner reads why it was returned, may pick another title, and sends it again. */
export function ResubmitRegistrationModal({
  registration,
  onClose,
}: {
  registration: RegistrationView | null;
  onClose: () => void;
}) {
  return (
    <MoveRegistrationModal<{ title: TitleId }>
      registration={registration}
      onClose={onClose}
      action="resubmit"
      bodyOf={({ title }) => ({ title })}
      title={(r) => `Bổ sung, gửi lại đăng ký của ${r.subjectName}`}
      okText="Gửi lại"
      done="gửi lại"
      initialValues={{ title: registration?.title }}
    >
      {registration && <ResubmitFields registration={registration} />}
    </MoveRegistrationModal>
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
        name="title"
        {...fieldRules(RegistrationResubmitSchema, 'title')}

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
