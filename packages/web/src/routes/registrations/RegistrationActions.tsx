import type { ReactNode } from 'react';
import { App, Button, Flex, Popconfirm } from 'antd';
import { registrationActionsNow, type RegistrationAction, type RegistrationView } from '@thidua/domain';
import { errorMessage } from '../../api/client';
import { useMoveRegistration } from '../../api/registration-hooks';
import { useYear, useYearIsOpen } from '../../shell/year-scope';
import { useCommuneId } from '../../shell/commune-scope';
import { useRegistrationMover } from './registration-display';

interface RegistrationActionsProps {
  registration: RegistrationView;
  /** Whether owners may still change their registrations (the deadline has not passed). */
  windowOpen: boolean;
  onReturn: (registration: RegistrationView) => void;
  onResubmit: (registration: RegistrationView) => void;
  onHistory: (registration: RegistrationView) => void;
}

/**
 * The buttons a user may press on one registration: the officer «Trả lại» and «Duyệt»; its owner
 * «Bổ sung, gửi lại» (when returned) and «Rút» (before acceptance); everyone «Lịch sử».
 */
export function RegistrationActions({
  registration,
  windowOpen,
  onReturn,
  onResubmit,
  onHistory,
}: RegistrationActionsProps) {
  const move = useMoveRegistration(useCommuneId(), useYear().id);
  const yearOpen = useYearIsOpen();
  const mover = useRegistrationMover()(registration);
  const { message } = App.useApp();
  const actions = yearOpen ? registrationActionsNow(registration.status, mover, windowOpen) : [];
  const of = `đăng ký «${registration.titleLabel}» của ${registration.subjectName}`;

  const run = async (action: RegistrationAction, done: string) => {
    try {
      await move.mutateAsync({ id: registration.id, action });
      void message.success(done);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  const buttons: Record<RegistrationAction, ReactNode> = {
    accept: (
      <Button
        key="accept"
        size="small"
        type="primary"
        aria-label={`Duyệt ${of}`}
        loading={move.isPending}
        onClick={() => void run('accept', `Đã duyệt ${of}.`)}
      >
        Duyệt
      </Button>
    ),
    return: (
      <Button key="return" size="small" aria-label={`Trả lại ${of}`} onClick={() => onReturn(registration)}>
        Trả lại
      </Button>
    ),
    resubmit: (
      <Button
        key="resubmit"
        size="small"
        type="primary"
        aria-label={`Bổ sung, gửi lại ${of}`}
        onClick={() => onResubmit(registration)}
      >
        Bổ sung, gửi lại
      </Button>
    ),
    withdraw: (
      <Popconfirm
        key="withdraw"
        title={`Rút ${of}?`}
        description="Đăng ký đã rút không được xét; muốn đăng ký lại thì tạo đăng ký mới."
        okText="Rút"
        cancelText="Hủy"
        onConfirm={() => run('withdraw', `Đã rút ${of}.`)}
      >
        <Button size="small" danger aria-label={`Rút ${of}`}>
          Rút
        </Button>
      </Popconfirm>
    ),
  };

  return (
    <Flex gap={6} wrap>
      {actions.map((action) => buttons[action])}
      <Button size="small" type="link" aria-label={`Lịch sử ${of}`} onClick={() => onHistory(registration)}>
        Lịch sử
      </Button>
    </Flex>
  );
}
