/** The emulation year: its stages, key indicators, five-year targets and the kinds of its records. */
export * from './emulation-year';
export * from './emulation-schemas';
export * from './indicators';
export * from './period-target-progress';
export * from './year-records';
