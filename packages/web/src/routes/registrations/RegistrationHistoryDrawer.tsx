import { Drawer, Empty, Flex, Skeleton, Timeline, Typography } from 'antd';
import {
  formatDateTimeVi,
  REGISTRATION_STATUS_LABELS,
  type RegistrationStatus,
  type RegistrationView,
} from '@thidua/domain';
import { useRegistrationHistory } from '../../api/registration-hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useYear } from '../../shell/year-scope';
import { useCommuneId } from '../../shell/commune-scope';

const EVENT_COLORS: Record<RegistrationStatus, string> = {
  submitted: 'blue',
  returned: 'red',
  accepted: 'green',
  withdrawn: 'gray',
};

/** Every status a registration went through: who moved it, when, and why it was returned. */
export function RegistrationHistoryDrawer({
  registration,
  onClose,
}: {
  registration: RegistrationView | null;
  onClose: () => void;
}) {
  const history = useRegistrationHistory(useCommuneId(), useYear().id, registration?.id ?? null);
  return (
    <Drawer
      title={registration ? `Lịch sử đăng ký — ${registration.subjectName}` : ''}
      open={registration !== null}
      onClose={onClose}
      destroyOnHidden
    >
      {registration && (
        <Typography.Paragraph>
          Danh hiệu: <strong>{registration.titleLabel}</strong>
        </Typography.Paragraph>
      )}
      {history.isPending && <Skeleton active />}
      {history.isError && <ErrorAlert error={history.error} />}
      {history.data?.length === 0 && <Empty description="Chưa có thay đổi nào." />}
      {history.data && (
        <Timeline
          items={history.data.map((event) => ({
            key: event.id,
            color: EVENT_COLORS[event.status],
            title: formatDateTimeVi(event.createdAt),
            content: (
              <Flex vertical>
                <strong>{REGISTRATION_STATUS_LABELS[event.status]}</strong>
                <Typography.Text type="secondary">{event.actorName}</Typography.Text>
                {event.reason && <span>Lý do: {event.reason}</span>}
              </Flex>
            ),
          }))}
        />
      )}
    </Drawer>
  );
}
