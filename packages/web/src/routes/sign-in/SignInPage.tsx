import { Alert, Button, Form, Input } from 'antd';
import { Navigate, useLocation } from 'react-router';
import { errorMessage } from '../../api/client';
import { useSetupStatus } from '../../api/hooks';
import { useSession, useSignIn } from '../../auth/session';
import { PublicPage } from '../../components/PublicPage';
import { paths } from '../../shell/paths';
import { LoginInputSchema } from '@thidua/domain';
import { fieldRules } from '../../shell/form-rules';

interface SignInValues {
  username: string;
  password: string;
}

/** What other pages hand to the sign-in page: where to go back to, a notice to show. */
export interface SignInState {
  from?: string;
  notice?: string;
}

export function SignInPage() {
  const state = (useLocation().state ?? {}) as SignInState;
  const setup = useSetupStatus();
  const session = useSession();
  const signIn = useSignIn();

  if (setup.data?.needsSetup) return <Navigate to={paths.setup} replace />;
  if (session.data?.user) return <Navigate to={state.from ?? paths.home} replace />;

  // On success the session holds the user and the redirect above takes over.
  const handleFinish = (values: SignInValues) => signIn.mutate(values);

  return (
    <PublicPage title="Đăng nhập">
      {state.notice && !signIn.isError && (
        <Alert type="success" role="status" showIcon title={state.notice} style={{ marginBottom: 16 }} />
      )}
      {signIn.isError && (
        <Alert type="error" showIcon title={errorMessage(signIn.error)} style={{ marginBottom: 16 }} />
      )}
      <Form<SignInValues>
        layout="vertical"
        requiredMark={false}
        onFinish={handleFinish}
        disabled={signIn.isPending}
      >
        <Form.Item name="username" {...fieldRules(LoginInputSchema, 'username')}>
          <Input autoFocus autoComplete="username" autoCapitalize="none" spellCheck={false} size="large" />
        </Form.Item>
        <Form.Item name="password" {...fieldRules(LoginInputSchema, 'password')}>
          <Input.Password autoComplete="current-password" size="large" />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={signIn.isPending}>
          Đăng nhập
        </Button>
      </Form>
    </PublicPage>
  );
}
