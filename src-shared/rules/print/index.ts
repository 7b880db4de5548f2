export * from './amount-words';
export * from './format';
export * from './number-words';
export * from './printable';
