export * from './organisation';
export * from './organisation-schemas';
export * from './organisation-types';
export * from './search-text';
export * from './identification-number';
export * from './spreadsheet-cells';
export * from './import-sheets';
