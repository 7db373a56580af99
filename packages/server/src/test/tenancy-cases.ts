import type { TenancyCase } from './tenancy-case';

/** Every feature's tenancy case (see tenancy-case.ts); the tenancy test runs them all. */
export const TENANCY_CASES: TenancyCase[] = [];
