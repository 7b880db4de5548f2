export * from './company-name';
export * from './email-key';
export * from './fold-text';
export * from './merge-choices';
export * from './person-name-key';
export * from './phone-key';
export * from './rules';
