/** Title registrations of the year (đăng ký thi đua): inputs, statuses, the deadline, what a subject may register. */
export * from './registration-schemas';
export * from './registration-status';
export * from './registration-titles';
export * from './registration-window';
export * from './registrable-titles';
export * from './registration-mover';
