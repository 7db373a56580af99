import { App, Form, Input, Select } from 'antd';
import { isProvinceWide } from '@thidua/domain';
import { PersonPicker, UnitPicker } from '../../shell/RecordPickers';
import { useUpdateUser } from '../../api/hooks';
import type { UserSummary, UserUpdateInput } from '../../api/types';
import { useCurrentUser } from '../../auth/session';
import { FormModal } from '../../shell/FormModal';
import { roleOptions } from './role-options';
import { displayNameRules } from './user-rules';
import { NewPasswordField } from './NewPasswordField';

interface EditUserValues {
  displayName: string;
  role: UserSummary['role'];
  password?: string;
  unitId?: string | null;
  personId?: string | null;
}

/** Only what changed is sent; a new password signs the user out everywhere. */
function changesOf(user: UserSummary, values: EditUserValues): UserUpdateInput {
  const changes: UserUpdateInput = {};
  if (values.displayName.trim() !== user.displayName) changes.displayName = values.displayName.trim();
  if (values.role !== user.role) changes.role = values.role;
  if (values.password) changes.password = values.password;
  const unitId = values.role === 'unit_head' ? (values.unitId ?? null) : null;
  if (unitId !== user.unitId) changes.unitId = unitId;
  if ((values.personId ?? null) !== user.personId) changes.personId = values.personId ?? null;
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
      initialValues={
        user
          ? { displayName: user.displayName, role: user.role, unitId: user.unitId, personId: user.personId }
          : {}
      }
    >
      <Form.Item label="Họ và tên" name="displayName" rules={displayNameRules}>
        <Input autoFocus autoComplete="off" />
      </Form.Item>
      <Form.Item label="Vai trò" name="role" rules={[{ required: true, message: 'Vui lòng chọn vai trò.' }]}>
        <Select options={roleOptions(currentUser.role, user?.role)} />
      </Form.Item>
      {user && !isProvinceWide(user.role) && <AccountLinks user={user} />}
      <NewPasswordField optional />
    </FormModal>
  );
}

/**
 * What the account may write among the year's records: a unit head the unit and its people, and
 * everyone their own person record (registrations, self-scores).
 */
function AccountLinks({ user }: { user: UserSummary }) {
  const communeId = user.adminUnitId;
  return (
    <>
      <Form.Item noStyle dependencies={['role']}>
        {({ getFieldValue }) =>
          getFieldValue('role') === 'unit_head' && (
            <Form.Item
              label="Đơn vị phụ trách"
              name="unitId"
              extra="Trưởng đơn vị đăng ký, chấm điểm cho đơn vị này."
            >
              <UnitPicker communeId={communeId} allowClear />
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item
        label="Hồ sơ cán bộ"
        name="personId"
        extra="Người dùng tự đăng ký thi đua và tự chấm điểm trên hồ sơ này."
      >
        <PersonPicker communeId={communeId} allowClear knownLabel={user.personName} />
      </Form.Item>
    </>
  );
}
