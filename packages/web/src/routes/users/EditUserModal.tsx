import { App, Form, Input, Select } from 'antd';
import { useUpdateUser } from '../../api/hooks';
import type { UserSummary, UserUpdateInput } from '../../api/types';
import { useCurrentUser } from '../../auth/session';
import { FormModal } from '../../components/FormModal';
import { roleOptions } from './role-options';
import { displayNameRules } from './user-rules';
import { NewPasswordField } from './NewPasswordField';

interface EditUserValues {
  displayName: string;
  role: UserSummary['role'];
  password?: string;
}

/** Only what changed is sent; a new password signs the user out everywhere. */
function changesOf(user: UserSummary, values: EditUserValues): UserUpdateInput {
  const changes: UserUpdateInput = {};
  if (values.displayName.trim() !== user.displayName) changes.displayName = values.displayName.trim();
  if (values.role !== user.role) changes.role = values.role;
  if (values.password) changes.password = values.password;
  return changes;
}

export function EditUserModal({ user, onClose }: { user: UserSummary | null; onClose: () => void }) {
  const currentUser = useCurrentUser();
  const updateUser = useUpdateUser();
  const { message } = App.useApp();

  const handleSubmit = async (values: EditUserValues) => {
    if (!user) return;
    const changes = changesOf(user, values);
    if (Object.keys(changes).length === 0) {
      void message.info('Không có thay đổi nào.');
      return;
    }
    await updateUser.mutateAsync({ id: user.id, changes });
    void message.success(`Đã lưu tài khoản «${user.username}».`);
  };

  return (
    <FormModal<EditUserValues>
      key={user?.id}
      title={user ? `Sửa tài khoản «${user.username}»` : 'Sửa tài khoản'}
      okText="Lưu"
      open={user !== null}
      onClose={onClose}
      onSubmit={handleSubmit}
      initialValues={user ? { displayName: user.displayName, role: user.role } : {}}
    >
      <Form.Item label="Họ và tên" name="displayName" rules={displayNameRules}>
        <Input autoFocus autoComplete="off" />
      </Form.Item>
      <Form.Item label="Vai trò" name="role" rules={[{ required: true, message: 'Vui lòng chọn vai trò.' }]}>
        <Select options={roleOptions(currentUser.role, user?.role)} />
      </Form.Item>
      <NewPasswordField optional />
    </FormModal>
  );
}
