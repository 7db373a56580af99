import type { ReactNode } from 'react';
import { App } from 'antd';
import type { RegistrationView } from '@thidua/domain';
import { useMoveRegistration, type MoveBody } from '../../api/registration-hooks';
import { FormModal } from '../../shell/FormModal';
import { useYear } from '../../shell/year-scope';
import { useCommuneId } from '../../shell/commune-scope';

interface MoveRegistrationModalProps<Values> {
  registration: RegistrationView | null;
  onClose: () => void;
  action: 'return' | 'resubmit';
  /** What the form sends with the step. */
  bodyOf: (values: Values) => MoveBody;
  title: (registration: RegistrationView) => string;
  okText: string;
  /** The verb of the success notice: «Đã {done} đăng ký của …». */
  done: string;
  initialValues?: Partial<Values>;
  children: ReactNode;
}

/** A form that moves one registration a step with what the user wrote, then says it is done. */
export function MoveRegistrationModal<Values extends object>({
  registration,
  onClose,
  action,
  bodyOf,
  title,
  okText,
  done,
  initialValues,
  children,
}: MoveRegistrationModalProps<Values>) {
  const move = useMoveRegistration(useCommuneId(), useYear().id);
  const { message } = App.useApp();
  const submit = async (values: Values) => {
    await move.mutateAsync({ id: registration!.id, action, body: bodyOf(values) });
    void message.success(`Đã ${done} đăng ký của ${registration!.subjectName}.`);
  };
  return (
    <FormModal<Values>
      title={registration ? title(registration) : ''}
      open={registration !== null}
      okText={okText}
      onClose={onClose}
      onSubmit={submit}
      initialValues={initialValues}
    >
      {children}
    </FormModal>
  );
}
