export { ApiCallError, isApiCallError, type ApiClient } from './client';
export { connect } from './session';
export { ApiProvider, useApi } from './ApiProvider';
