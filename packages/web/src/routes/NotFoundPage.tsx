import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { paths } from '../shell/paths';

export function NotFoundPage() {
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="Không tìm thấy trang"
      subTitle="Địa chỉ này không có trong phần mềm."
      extra={
        <Button type="primary" onClick={() => void navigate(paths.home)}>
          Về trang chủ
        </Button>
      }
    />
  );
}
