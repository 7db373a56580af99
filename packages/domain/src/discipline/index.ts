export * from './discipline';
export * from './discipline-closed-years';
