export * from './types';
export * from './field-name';
export * from './apply';
export * from './labels';
export * from './activate';
export * from './choice-lists';
