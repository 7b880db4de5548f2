export * from './data-dir';
