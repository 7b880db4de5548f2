export * from './buckets';
export * from './layout';
export * from './month';
export * from './overlap';
export * from './view';
export * from './week';
export * from './zoned';
export * from './proposal';
