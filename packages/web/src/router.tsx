import { createBrowserRouter } from 'react-router';
import { RequireAuth, SIGN_IN_PATH } from './auth/session';
import { AppLayout } from './layout/AppLayout';
import { AdminUnitDetailPage } from './routes/admin-units/AdminUnitDetailPage';
import { AdminUnitsPage } from './routes/admin-units/AdminUnitsPage';
import { AuditPage } from './routes/audit/AuditPage';
import { HomePage } from './routes/home/HomePage';
import { NotFoundPage } from './routes/NotFoundPage';
import { CommuneScope } from './routes/organisation/commune-scope';
import { HouseholdDetailPage } from './routes/organisation/HouseholdDetailPage';
import { HouseholdsPage } from './routes/organisation/HouseholdsPage';
import { OrganisationPage } from './routes/organisation/OrganisationPage';
import { PeoplePage } from './routes/organisation/PeoplePage';
import { PersonDetailPage } from './routes/organisation/PersonDetailPage';
import { ResidentialGroupDetailPage } from './routes/organisation/ResidentialGroupDetailPage';
import { ResidentialGroupsPage } from './routes/organisation/ResidentialGroupsPage';
import { SearchPage } from './routes/organisation/SearchPage';
import { UnitDetailPage } from './routes/organisation/UnitDetailPage';
import { UnitsPage } from './routes/organisation/UnitsPage';
import { SetupPage, SETUP_PATH } from './routes/setup/SetupPage';
import { SignInPage } from './routes/sign-in/SignInPage';
import { UsersPage } from './routes/users/UsersPage';
import { YearScope } from './routes/emulation-year/year-scope';

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
          {
            element: <CommuneScope />,
            children: [
              { path: 'to-chuc', element: <OrganisationPage /> },
              { path: 'co-quan-don-vi', element: <UnitsPage /> },
              { path: 'co-quan-don-vi/:id', element: <UnitDetailPage /> },
              { path: 'to-dan-pho', element: <ResidentialGroupsPage /> },
              { path: 'to-dan-pho/:id', element: <ResidentialGroupDetailPage /> },
              { path: 'nhan-su', element: <PeoplePage /> },
              { path: 'nhan-su/:id', element: <PersonDetailPage /> },
              { path: 'ho-gia-dinh', element: <HouseholdsPage /> },
              { path: 'ho-gia-dinh/:id', element: <HouseholdDetailPage /> },
              { path: 'tim-kiem', element: <SearchPage /> },
              {
                // Pages about one year's records; each reads its year with useYear().
                element: <YearScope />,
                children: [],
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
