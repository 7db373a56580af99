/** Movements (phong trào thi đua): kinds, inputs, the national catalog, review status. */
export * from './movement-types';
export * from './movement-schemas';
export * from './movement-catalog';
export * from './movement-review-status';
