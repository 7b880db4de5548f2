export * from './applies-to';
export * from './field-formats';
export * from './validate-values';
