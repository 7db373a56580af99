import { useState } from 'react';
import { App, Button, Flex, Popconfirm, Result, Tag, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import {
  canManageUsers,
  formatDateVi,
  messageFor,
  ROLE_LABELS,
  type Role,
  UserSummarySchema,
} from '@thidua/domain';
import { errorMessage } from '../../api/client';
import { queryKeys, useSetUserDisabled } from '../../api/hooks';
import { usePagedQuery } from '../../api/paged';
import type { UserSummary } from '../../api/types';
import { useCurrentUser } from '../../auth/session';
import { PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { CreateUserModal } from './CreateUserModal';
import { EditUserModal } from './EditUserModal';

export function UsersPage() {
  const user = useCurrentUser();
  if (!canManageUsers(user.role)) return <Result status="403" title={messageFor('AUTH_FORBIDDEN')} />;
  return <UsersTable />;
}

function UsersTable() {
  const currentUser = useCurrentUser();
  const paged = usePagedQuery(queryKeys.users, '/api/users', UserSummarySchema);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserSummary | null>(null);

  const columns: TableColumnsType<UserSummary> = [
    { title: 'Tên đăng nhập', dataIndex: 'username' },
    { title: 'Họ và tên', dataIndex: 'displayName' },
    { title: 'Vai trò', dataIndex: 'role', render: (role: Role) => ROLE_LABELS[role] },
    { title: 'Đơn vị', dataIndex: 'adminUnitName' },
    {
      title: 'Gắn với',
      key: 'links',
      render: (_: unknown, u: UserSummary) =>
        [u.unitName && `Trưởng ${u.unitName}`, u.personName].filter(Boolean).join(' · ') || '—',
    },
    {
      title: 'Trạng thái',
      dataIndex: 'isDisabled',
      width: 140,
      render: (isDisabled: boolean) =>
        isDisabled ? <Tag color="red">Đã khóa</Tag> : <Tag color="green">Đang hoạt động</Tag>,
    },
    {
      title: 'Ngày tạo',
      dataIndex: 'createdAt',
      width: 110,
      render: (createdAt: string) => formatDateVi(createdAt),
    },
    {
      title: 'Thao tác',
      key: 'actions',
      width: 150,
      render: (_, row) => (
        <Flex gap={8}>
          <Button size="small" onClick={() => setEditing(row)} aria-label={`Sửa tài khoản ${row.username}`}>
            Sửa
          </Button>
          {row.id !== currentUser.id && <StatusButton user={row} />}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader title="Tài khoản" />
      <PagedTable<UserSummary>
        paged={paged}
        columns={columns}
        searchPlaceholder="Tìm theo tên đăng nhập hoặc họ tên"
        toolbar={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
            Thêm tài khoản
          </Button>
        }
      />
      <CreateUserModal open={creating} onClose={() => setCreating(false)} />
      <EditUserModal user={editing} onClose={() => setEditing(null)} />
    </>
  );
}

/** Locking signs the user out at once, so it asks first. */
function StatusButton({ user }: { user: UserSummary }) {
  const setDisabled = useSetUserDisabled();
  const { message } = App.useApp();
  const disable = !user.isDisabled;

  const handleConfirm = async () => {
    try {
      await setDisabled.mutateAsync({ id: user.id, disabled: disable });
      void message.success(
        disable ? `Đã khóa tài khoản «${user.username}».` : `Đã mở khóa tài khoản «${user.username}».`,
      );
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  return (
    <Popconfirm
      title={disable ? 'Khóa tài khoản này? Người dùng sẽ bị đăng xuất ngay.' : 'Mở khóa tài khoản này?'}
      okText={disable ? 'Khóa' : 'Mở khóa'}
      cancelText="Hủy"
      okButtonProps={{ danger: disable }}
      onConfirm={handleConfirm}
    >
      <Button
        size="small"
        danger={disable}
        aria-label={`${disable ? 'Khóa' : 'Mở khóa'} tài khoản ${user.username}`}
      >
        {disable ? 'Khóa' : 'Mở khóa'}
      </Button>
    </Popconfirm>
  );
}
