export * from './roles';
export * from './admin-units';
export * from './format';
export * from './messages';
export * from './validation';
export * from './user-schemas';
export * from './admin-unit-schemas';
export * from './paging';
