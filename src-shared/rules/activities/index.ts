export * from './reminder';
export * from './series';
export * from './status';
export * from './time';
export { activityWriteRule, completionDefaults, DEFAULT_MEETING_MINUTES } from './write-rule';
