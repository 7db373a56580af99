/** Achievements (thành tích), initiatives (sáng kiến) and exemplars (điển hình tiên tiến) of the year. */
export * from './achievement-schemas';
export * from './initiative-schemas';
export * from './exemplar-schemas';
export * from './exemplar-stages';
export * from './achievement-overview';
