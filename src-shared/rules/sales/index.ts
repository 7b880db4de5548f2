export * from './invoice';
export * from './lead';
export * from './number-series';
export * from './opportunity';
export * from './order';
export * from './quote';
export * from './transition';
