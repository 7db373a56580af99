import { useState } from 'react';
import { Alert, App, Button, Form, Input, Result, Spin } from 'antd';
import { Navigate, useNavigate } from 'react-router';
import { applyApiErrorToForm } from '../../api/form-errors';
import { useSetup, useSetupStatus } from '../../api/hooks';
import type { SetupInput } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PublicPage } from '../../components/PublicPage';
import { displayNameRules, usernameRules } from '../users/user-rules';
import type { SignInState } from '../sign-in/SignInPage';
import { NewPasswordField } from '../users/NewPasswordField';
import { paths } from '../../shell/paths';

type SetupValues = SetupInput & { passwordConfirm: string };

/** First run: creates the province and its first administrator, only while the system has no account. */
export function SetupPage() {
  const [form] = Form.useForm<SetupValues>();
  const [error, setError] = useState<string | null>(null);
  const status = useSetupStatus();
  const setup = useSetup();
  const navigate = useNavigate();
  const { message } = App.useApp();

  if (status.isPending)
    return (
      <PublicPage title="Khởi tạo hệ thống">
        <Spin />
      </PublicPage>
    );
  if (status.isError) {
    return (
      <PublicPage title="Khởi tạo hệ thống">
        <ErrorAlert error={status.error} />
      </PublicPage>
    );
  }
  if (!status.data.needsSetup && !setup.isSuccess) {
    return (
      <PublicPage title="Khởi tạo hệ thống">
        <Result
          status="info"
          title="Hệ thống đã được khởi tạo."
          extra={
            <Button type="primary" onClick={() => void navigate(paths.signIn)}>
              Đến trang đăng nhập
            </Button>
          }
        />
      </PublicPage>
    );
  }
  if (setup.isSuccess) {
    const state: SignInState = {
      notice: 'Đã khởi tạo hệ thống. Hãy đăng nhập bằng tài khoản quản trị vừa tạo.',
    };
    return <Navigate to={paths.signIn} replace state={state} />;
  }

  const handleFinish = ({ passwordConfirm: _confirm, ...input }: SetupValues) => {
    setError(null);
    setup.mutate(input, {
      onSuccess: () => void message.success('Đã khởi tạo hệ thống.'),
      onError: (caught) => setError(applyApiErrorToForm(form, caught)),
    });
  };

  return (
    <PublicPage title="Khởi tạo hệ thống" width={520}>
      <Alert
        type="info"
        showIcon
        title="Lần chạy đầu tiên: khai báo tỉnh và tài khoản quản trị cấp tỉnh (Ban Thi đua – Khen thưởng)."
        style={{ marginBottom: 16 }}
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<SetupValues> form={form} layout="vertical" onFinish={handleFinish} disabled={setup.isPending}>
        <Form.Item
          label="Mã tỉnh"
          name="provinceCode"
          extra="Gồm 2 chữ số theo danh mục đơn vị hành chính."
          rules={[
            { required: true, message: 'Vui lòng nhập mã tỉnh.' },
            { pattern: /^\d{2}$/, message: 'Mã tỉnh gồm đúng 2 chữ số.' },
          ]}
        >
          <Input autoFocus inputMode="numeric" maxLength={2} style={{ maxWidth: 120 }} />
        </Form.Item>
        <Form.Item
          label="Tên tỉnh"
          name="provinceName"
          rules={[
            { required: true, whitespace: true, message: 'Vui lòng nhập tên tỉnh.' },
            { min: 2, max: 150, message: 'Tên tỉnh dài từ 2 đến 150 ký tự.' },
          ]}
        >
          <Input placeholder="Ví dụ: Tỉnh Đồng Tháp" />
        </Form.Item>
        <Form.Item label="Tên đăng nhập" name="username" rules={usernameRules}>
          <Input autoComplete="username" autoCapitalize="none" spellCheck={false} />
        </Form.Item>
        <Form.Item label="Họ và tên" name="displayName" rules={displayNameRules}>
          <Input autoComplete="name" />
        </Form.Item>
        <NewPasswordField />
        <Form.Item
          label="Nhập lại mật khẩu"
          name="passwordConfirm"
          dependencies={['password']}
          rules={[
            { required: true, message: 'Vui lòng nhập lại mật khẩu.' },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || value === getFieldValue('password')
                  ? Promise.resolve()
                  : Promise.reject(new Error('Mật khẩu nhập lại không khớp.')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={setup.isPending}>
          Khởi tạo hệ thống
        </Button>
      </Form>
    </PublicPage>
  );
}
