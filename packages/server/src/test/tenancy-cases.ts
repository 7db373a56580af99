import { emulationYearTenancy } from '../features/emulation-year/emulation-year.tenancy';
import { scoringTenancy } from '../features/scoring/scoring.tenancy';
import { disciplineTenancy } from '../features/discipline/discipline.tenancy';
import { registrationTenancy } from '../features/registrations/registrations.tenancy';
import { achievementTenancy } from '../features/achievements/achievements.tenancy';
import { movementTenancy } from '../features/movements/movements.tenancy';
import { pactTenancy } from '../features/pacts/pacts.tenancy';
import { fileTenancy } from '../features/files/files.tenancy';
import type { TenancyCase } from './tenancy-case';

/** Every feature's tenancy case (see tenancy-case.ts); the tenancy test runs them all. */
export const TENANCY_CASES: TenancyCase[] = [
  emulationYearTenancy,
  scoringTenancy,
  disciplineTenancy,
  registrationTenancy,
  achievementTenancy,
  movementTenancy,
  pactTenancy,
  fileTenancy,
];
