export * from './field-formats';
export * from './validate-values';
