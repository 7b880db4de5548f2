export * from './errors';
export * from './records';
export * from './app';
export * from './contract';
export * from './activities';
export * from './views';
export * from './duplicates';
