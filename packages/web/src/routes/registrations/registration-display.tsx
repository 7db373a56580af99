import { Flex, Tag, Typography } from 'antd';
import {
  recordSubjectOf,
  REGISTRATION_STATUS_LABELS,
  registrationMoverOf,
  type RegistrationMover,
  type RegistrationStatus,
  type RegistrationView,
} from '@thidua/domain';
import { useCurrentUser } from '../../auth/session';

const STATUS_COLORS: Record<RegistrationStatus, string> = {
  submitted: 'blue',
  returned: 'orange',
  accepted: 'green',
  withdrawn: 'default',
};

/** The status, and for a returned registration the officer's reason beneath it. */
export function RegistrationStatus({ registration }: { registration: RegistrationView }) {
  return (
    <Flex vertical gap={4} align="start">
      <Tag color={STATUS_COLORS[registration.status]}>{REGISTRATION_STATUS_LABELS[registration.status]}</Tag>
      {registration.status === 'returned' && registration.returnReason && (
        <Typography.Text type="secondary">Lý do: {registration.returnReason}</Typography.Text>
      )}
    </Flex>
  );
}

/** What the signed-in user is to a registration: the officer, and/or someone who may write its subject. */
export function useRegistrationMover(): (registration: RegistrationView) => RegistrationMover {
  const user = useCurrentUser();
  return (registration) => registrationMoverOf(user, recordSubjectOf(registration));
}
