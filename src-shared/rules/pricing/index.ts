export * from './discounts';
export * from './issues';
export * from './lines';
export * from './money';
export * from './price-list';
export * from './totals';
export * from './units';
