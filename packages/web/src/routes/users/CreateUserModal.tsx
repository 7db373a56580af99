import { App, Form, Input, Select } from 'antd';
import { isProvinceWide, type Role, UserCreateInputSchema } from '@thidua/domain';
import { useCreateUser } from '../../api/hooks';
import type { UserCreateInput } from '../../api/types';
import { useCurrentUser } from '../../auth/session';
import { FormModal } from '../../shell/FormModal';
import { roleOptions } from './role-options';
import { UnitSelect } from './UnitSelect';
import { NewPasswordField } from './NewPasswordField';
import { fieldRules } from '../../shell/form-rules';

export function CreateUserModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const user = useCurrentUser();
  const createUser = useCreateUser();
  const { message } = App.useApp();
  const chooseUnit = isProvinceWide(user.role);

  const handleSubmit = async (values: UserCreateInput) => {
    const created = await createUser.mutateAsync({ ...values, username: values.username.trim() });
    void message.success(`Đã tạo tài khoản «${created.username}».`);
  };

  return (
    <FormModal<UserCreateInput>
      title="Thêm tài khoản"
      okText="Tạo tài khoản"
      open={open}
      onClose={onClose}
      onSubmit={handleSubmit}
      initialValues={chooseUnit ? {} : { adminUnitId: user.adminUnit.id }}
    >
      <Form.Item
        name="username"
        {...fieldRules(UserCreateInputSchema, 'username')}

        extra="Chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới."
      >
        <Input autoFocus autoComplete="off" autoCapitalize="none" spellCheck={false} />
      </Form.Item>
      <Form.Item name="displayName" {...fieldRules(UserCreateInputSchema, 'displayName')}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="role" {...fieldRules(UserCreateInputSchema, 'role')}>
        <RoleSelect actorRole={user.role} />
      </Form.Item>
      {chooseUnit ? (
        <Form.Item noStyle dependencies={['role']}>
          {({ getFieldValue }) => (
            <Form.Item
              label="Đơn vị"
              name="adminUnitId"
              rules={[{ required: true, message: 'Vui lòng chọn đơn vị.' }]}
            >
              <UnitSelect province={user.adminUnit} role={getFieldValue('role') as Role | undefined} />
            </Form.Item>
          )}
        </Form.Item>
      ) : (
        <>
          <Form.Item label="Đơn vị" htmlFor="fixed-unit">
            <Input id="fixed-unit" value={user.adminUnit.name} disabled />
          </Form.Item>
          <Form.Item name="adminUnitId" hidden>
            <Input />
          </Form.Item>
        </>
      )}
      <NewPasswordField />
    </FormModal>
  );
}

interface RoleSelectProps {
  actorRole: Role;
  id?: string;
  value?: Role;
  onChange?: (role: Role) => void;
}

/** Changing to or from a province-wide role clears a unit that no longer fits. */
function RoleSelect({ actorRole, id, value, onChange }: RoleSelectProps) {
  const form = Form.useFormInstance<UserCreateInput>();
  const { adminUnit } = useCurrentUser();
  const handleChange = (role: Role) => {
    onChange?.(role);
    if (isProvinceWide(role)) form.setFieldValue('adminUnitId', adminUnit.id);
    else if (form.getFieldValue('adminUnitId') === adminUnit.id && isProvinceWide(actorRole))
      form.setFieldValue('adminUnitId', undefined);
  };
  return (
    <Select
      id={id}
      value={value}
      onChange={handleChange}
      options={roleOptions(actorRole)}
      placeholder="Chọn vai trò"
    />
  );
}
