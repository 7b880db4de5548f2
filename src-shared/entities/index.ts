export * from './types';
export * from './registry';
export { RELATIONSHIP_TYPES, INDUSTRIES } from './account';
export { CONTACT_METHODS } from './contact';
