export * from './types';
export * from './registry';
export { RELATIONSHIP_TYPES, INDUSTRIES } from './account';
export { CONTACT_METHODS } from './contact';
export { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_CALL, NOTE_TARGETS } from './note';
