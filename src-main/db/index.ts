export * from './backups';
export * from './bootstrap';
export * from './device-clock';
export * from './meta';
export * from './migrate';
export * from './open-data-file';
export * from './schema';
export * from './sql-db';
export { MIGRATIONS, type Migration } from './migrations';
