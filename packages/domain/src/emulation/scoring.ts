// Monthly scoring of cadres, the year-end grade and discipline records.
export * from './scoring-sheet';
export * from './scoring-points';
export * from './scoring-summary';
export * from './scoring-access';
export * from './scoring-views';
export * from './discipline';
export * from './head-score-rights';
export * from './grade-bands';
export * from './scoring-settings';
export * from './discipline-closed-years';
