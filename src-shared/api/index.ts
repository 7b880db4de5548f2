export * from './errors';
export * from './records';
export * from './app';
export * from './contract';
