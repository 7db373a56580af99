// Monthly scoring of cadres and the year-end grade.
export * from './scoring-sheet';
export * from './scoring-points';
export * from './scoring-summary';
export * from './scoring-access';
export * from './scoring-views';
export * from './year-grade';
export * from './head-score-rights';
export * from './grade-bands';
export * from './scoring-settings';
