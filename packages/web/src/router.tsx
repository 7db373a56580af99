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
import { MovementsPage } from './routes/movements/MovementsPage';
import { MovementDetailPage } from './routes/movements/MovementDetailPage';
import { PactsPage } from './routes/pacts/PactsPage';
import { RegistrationsPage } from './routes/registrations/RegistrationsPage';
import { AchievementsPage } from './routes/achievements/AchievementsPage';
import { AchievementsTab } from './routes/achievements/AchievementsTab';
import { ExemplarsTab } from './routes/achievements/ExemplarsTab';
import { InitiativesTab } from './routes/achievements/InitiativesTab';
import { MonthlyScoresPage } from './routes/scoring/MonthlyScoresPage';
import { YearGradesPage } from './routes/scoring/YearGradesPage';
import { DisciplinesPage } from './routes/discipline/DisciplinesPage';
import { EmulationYearPage } from './routes/emulation-year/EmulationYearPage';
import { EmulationYearsPage } from './routes/emulation-year/EmulationYearsPage';
import { PeriodTargetsPage } from './routes/emulation-year/PeriodTargetsPage';

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
              { path: 'ky-luat', element: <DisciplinesPage /> },
              { path: 'nam-thi-dua', element: <EmulationYearsPage /> },
              { path: 'nam-thi-dua/:id', element: <EmulationYearPage /> },
              { path: 'muc-tieu-5-nam', element: <PeriodTargetsPage /> },
              {
                // Pages about one year's records; each reads its year with useYear().
                element: <YearScope />,
                children: [
                  { path: 'dang-ky-thi-dua', element: <RegistrationsPage /> },
                  {
                    path: 'thanh-tich',
                    element: <AchievementsPage />,
                    children: [
                      { index: true, element: <AchievementsTab /> },
                      { path: 'sang-kien', element: <InitiativesTab /> },
                      { path: 'dien-hinh-tien-tien', element: <ExemplarsTab /> },
                    ],
                  },
                  { path: 'cham-diem', element: <MonthlyScoresPage /> },
                  { path: 'xep-loai', element: <YearGradesPage /> },
                  { path: 'phong-trao', element: <MovementsPage /> },
                  { path: 'phong-trao/:id', element: <MovementDetailPage /> },
                  { path: 'giao-uoc', element: <PactsPage /> },
                ],
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
