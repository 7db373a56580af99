import { Form, Input } from 'antd';
import { PASSWORD_MIN_LENGTH } from '@thidua/domain';
import { passwordRules } from './user-rules';

interface NewPasswordFieldProps {
  /** Optional when editing an account: empty keeps the current password. */
  optional?: boolean;
}

/** The one "new password" field of the setup page and the account forms. */
export function NewPasswordField({ optional = false }: NewPasswordFieldProps) {
  return (
    <Form.Item
      label={optional ? 'Mật khẩu mới' : 'Mật khẩu'}
      name="password"
      rules={passwordRules(!optional)}
      extra={
        optional
          ? `Để trống nếu không đổi. Ít nhất ${PASSWORD_MIN_LENGTH} ký tự; người dùng sẽ phải đăng nhập lại.`
          : `Ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`
      }
    >
      <Input.Password autoComplete="new-password" />
    </Form.Item>
  );
}
