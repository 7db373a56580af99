import { Button, Result } from 'antd';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFoundPage } from '../routes/NotFoundPage';
import { paths } from './paths';
import { routeErrorMessage } from './route-error-message';

/**
 * What a page that failed shows instead of the router's English error page: a Vietnamese sentence,
 * a retry (a full reload, which also fetches code the browser could not load) and a way home.
 */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <Result
      status="error"
      title="Không hiển thị được trang"
      subTitle={routeErrorMessage(error)}
      extra={[
        <Button key="retry" type="primary" onClick={() => window.location.reload()}>
          Thử lại
        </Button>,
        <Button key="home" href={paths.home}>
          Về trang chủ
        </Button>,
      ]}
    />
  );
}
