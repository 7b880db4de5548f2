export * from './criteria';
export * from './operators';
export * from './relative-dates';
export * from './metadata';
export * from './validate-criteria';
export { englishMessage } from './issues';
