import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../api/client';
import { i18n } from '../../i18n/setup';
import { listErrorText } from './list-error';

const t = i18n.getFixedT('en');
const validation = (path: (string | number)[]) =>
  new ApiCallError('records.list', {
    code: 'VALIDATION',
    messageKey: 'error.validation',
    message: 'Some values are not valid.',
    issues: [{ path, messageKey: 'validation.unknown_field', params: { field: 'shoe_size' }, message: 'x' }],
  });

describe('why a list could not be loaded', () => {
  it('blames the view when the view no longer fits the record type', () => {
    expect(listErrorText(t, validation(['criteria', 'items', 0, 'field']))).toBe(
      'This view refers to something that no longer exists. Edit its filters or choose another view. There is no field “shoe_size”.',
    );
    expect(listErrorText(t, validation(['columns', 2]))).toMatch(/^This view refers/);
  });

  it('says what else went wrong otherwise', () => {
    expect(listErrorText(t, validation(['after']))).toBe('Some values are not valid.');
    expect(listErrorText(t, new Error('boom'))).toBe('Something unexpected happened.');
  });
});
