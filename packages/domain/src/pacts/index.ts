export * from './pact-schemas';
