import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAuth } from './auth/session';
import { NotFoundPage } from './routes/NotFoundPage';
import { lazyPage } from './shell/lazy-page';
import { paths } from './shell/paths';
import { RouteError } from './shell/RouteError';

/** Every page is its own chunk: the first load fetches the frame and the page shown, nothing else. */
const yearPages: RouteObject[] = [
  {
    path: paths.registrations,
    element: lazyPage(
      () => import('./routes/registrations/RegistrationsPage'),
      (m) => m.RegistrationsPage,
    ),
  },
  {
    path: paths.achievements,
    element: lazyPage(
      () => import('./routes/achievements/AchievementsPage'),
      (m) => m.AchievementsPage,
    ),
    children: [
      {
        index: true,
        element: lazyPage(
          () => import('./routes/achievements/AchievementsTab'),
          (m) => m.AchievementsTab,
        ),
      },
      {
        path: paths.initiatives,
        element: lazyPage(
          () => import('./routes/achievements/InitiativesTab'),
          (m) => m.InitiativesTab,
        ),
      },
      {
        path: paths.exemplars,
        element: lazyPage(
          () => import('./routes/achievements/ExemplarsTab'),
          (m) => m.ExemplarsTab,
        ),
      },
    ],
  },
  {
    path: paths.scores,
    element: lazyPage(
      () => import('./routes/scoring/MonthlyScoresPage'),
      (m) => m.MonthlyScoresPage,
    ),
  },
  {
    path: paths.grades,
    element: lazyPage(
      () => import('./routes/scoring/YearGradesPage'),
      (m) => m.YearGradesPage,
    ),
  },
  {
    path: paths.movements,
    element: lazyPage(
      () => import('./routes/movements/MovementsPage'),
      (m) => m.MovementsPage,
    ),
  },
  {
    path: paths.movement(':id'),
    element: lazyPage(
      () => import('./routes/movements/MovementDetailPage'),
      (m) => m.MovementDetailPage,
    ),
  },
  {
    path: paths.pacts,
    element: lazyPage(
      () => import('./routes/pacts/PactsPage'),
      (m) => m.PactsPage,
    ),
  },
];

const communePages: RouteObject[] = [
  {
    path: paths.organisation,
    element: lazyPage(
      () => import('./routes/organisation/OrganisationPage'),
      (m) => m.OrganisationPage,
    ),
  },
  {
    path: paths.units,
    element: lazyPage(
      () => import('./routes/organisation/UnitsPage'),
      (m) => m.UnitsPage,
    ),
  },
  {
    path: paths.unit(':id'),
    element: lazyPage(
      () => import('./routes/organisation/UnitDetailPage'),
      (m) => m.UnitDetailPage,
    ),
  },
  {
    path: paths.residentialGroups,
    element: lazyPage(
      () => import('./routes/organisation/ResidentialGroupsPage'),
      (m) => m.ResidentialGroupsPage,
    ),
  },
  {
    path: paths.residentialGroup(':id'),
    element: lazyPage(
      () => import('./routes/organisation/ResidentialGroupDetailPage'),
      (m) => m.ResidentialGroupDetailPage,
    ),
  },
  {
    path: paths.people,
    element: lazyPage(
      () => import('./routes/organisation/PeoplePage'),
      (m) => m.PeoplePage,
    ),
  },
  {
    path: paths.person(':id'),
    element: lazyPage(
      () => import('./routes/organisation/PersonDetailPage'),
      (m) => m.PersonDetailPage,
    ),
  },
  {
    path: paths.households,
    element: lazyPage(
      () => import('./routes/organisation/HouseholdsPage'),
      (m) => m.HouseholdsPage,
    ),
  },
  {
    path: paths.household(':id'),
    element: lazyPage(
      () => import('./routes/organisation/HouseholdDetailPage'),
      (m) => m.HouseholdDetailPage,
    ),
  },
  {
    path: paths.search,
    element: lazyPage(
      () => import('./routes/organisation/SearchPage'),
      (m) => m.SearchPage,
    ),
  },
  {
    path: paths.disciplines,
    element: lazyPage(
      () => import('./routes/discipline/DisciplinesPage'),
      (m) => m.DisciplinesPage,
    ),
  },
  {
    path: paths.years,
    element: lazyPage(
      () => import('./routes/emulation-year/EmulationYearsPage'),
      (m) => m.EmulationYearsPage,
    ),
  },
  {
    path: paths.year(':id'),
    element: lazyPage(
      () => import('./routes/emulation-year/EmulationYearPage'),
      (m) => m.EmulationYearPage,
    ),
  },
  {
    path: paths.periodTargets,
    element: lazyPage(
      () => import('./routes/emulation-year/PeriodTargetsPage'),
      (m) => m.PeriodTargetsPage,
    ),
  },
  // Pages about one year's records; each reads its year with useYear().
  {
    element: lazyPage(
      () => import('./shell/year-scope'),
      (m) => m.YearScope,
    ),
    children: yearPages,
  },
];

export const router = createBrowserRouter([
  {
    // A page that throws shows a Vietnamese message with a retry, never the router's English page.
    errorElement: <RouteError />,
    children: [
      {
        path: paths.signIn,
        element: lazyPage(
          () => import('./routes/sign-in/SignInPage'),
          (m) => m.SignInPage,
        ),
      },
      {
        path: paths.setup,
        element: lazyPage(
          () => import('./routes/setup/SetupPage'),
          (m) => m.SetupPage,
        ),
      },
      {
        element: <RequireAuth />,
        children: [
          {
            // The signed-in frame too: the sign-in page does not fetch it.
            element: lazyPage(
              () => import('./layout/AppLayout'),
              (m) => m.AppLayout,
            ),
            children: [
              {
                // Inside the frame, so the navigation stays usable when one page fails.
                errorElement: <RouteError />,
                children: [
                  {
                    index: true,
                    element: lazyPage(
                      () => import('./routes/home/HomePage'),
                      (m) => m.HomePage,
                    ),
                  },
                  {
                    path: paths.adminUnits,
                    element: lazyPage(
                      () => import('./routes/admin-units/AdminUnitsPage'),
                      (m) => m.AdminUnitsPage,
                    ),
                  },
                  {
                    path: paths.adminUnit(':id'),
                    element: lazyPage(
                      () => import('./routes/admin-units/AdminUnitDetailPage'),
                      (m) => m.AdminUnitDetailPage,
                    ),
                  },
                  {
                    path: paths.users,
                    element: lazyPage(
                      () => import('./routes/users/UsersPage'),
                      (m) => m.UsersPage,
                    ),
                  },
                  {
                    path: paths.ruleSettings,
                    element: lazyPage(
                      () => import('./routes/rule-settings/RuleSettingsPage'),
                      (m) => m.RuleSettingsPage,
                    ),
                  },
                  {
                    path: paths.audit,
                    element: lazyPage(
                      () => import('./routes/audit/AuditPage'),
                      (m) => m.AuditPage,
                    ),
                  },
                  {
                    element: lazyPage(
                      () => import('./shell/commune-scope'),
                      (m) => m.CommuneScope,
                    ),
                    children: communePages,
                  },
                  { path: '*', element: <NotFoundPage /> },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
]);
