export * from './civil-date';
export * from './expand';
export * from './zoned-time';
