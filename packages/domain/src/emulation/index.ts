export * from './indicators';
export * from './year-grade';
export * from './registrable-titles';
export * from './emulation-year';
export * from './emulation-schemas';
export * from './movements';
export * from './year-records';
