/** Movements, their reviews, pacts and stored files, as the other packages use them. */
export * from './movement-schemas';
export * from './movement-catalog';
export * from './movement-review-status';
export * from './pact-schemas';
export * from './files';
