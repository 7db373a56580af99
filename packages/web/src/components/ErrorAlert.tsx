import { Alert } from 'antd';
import { errorMessage } from '../api/client';

export function ErrorAlert({ error }: { error: unknown }) {
  return <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 16 }} />;
}
