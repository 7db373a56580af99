import { createBrowserRouter } from 'react-router';
import { RequireAuth, SIGN_IN_PATH } from './auth/session';
import { AppLayout } from './layout/AppLayout';
import { AdminUnitDetailPage } from './routes/admin-units/AdminUnitDetailPage';
import { AdminUnitsPage } from './routes/admin-units/AdminUnitsPage';
import { AuditPage } from './routes/audit/AuditPage';
import { HomePage } from './routes/home/HomePage';
import { NotFoundPage } from './routes/NotFoundPage';
import { SetupPage, SETUP_PATH } from './routes/setup/SetupPage';
import { SignInPage } from './routes/sign-in/SignInPage';
import { UsersPage } from './routes/users/UsersPage';

export const router = createBrowserRouter([
  { path: SIGN_IN_PATH, element: <SignInPage /> },
  { path: SETUP_PATH, element: <SetupPage /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'don-vi-hanh-chinh', element: <AdminUnitsPage /> },
          { path: 'don-vi-hanh-chinh/:id', element: <AdminUnitDetailPage /> },
          { path: 'tai-khoan', element: <UsersPage /> },
          { path: 'nhat-ky', element: <AuditPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
