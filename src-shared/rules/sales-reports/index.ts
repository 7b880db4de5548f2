export * from './amounts';
export * from './periods';
export * from './tally';
