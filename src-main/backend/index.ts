export { createBackend, type Backend, type BackendOptions } from './create-backend';
export { buildRegistry } from './handlers';
export { HandlerRegistry, type Handler } from './registry';
