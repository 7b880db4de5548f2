export { createUuidV7Generator, isUuidV7, uuidV7Time, uuidv7, type UuidV7Generator, type UuidV7Source } from './uuidv7';
