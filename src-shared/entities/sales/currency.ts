import { CURRENCY_MINOR_UNITS } from '../../rules/pricing/currencies';
import { choiceField } from '../field-builders';
import type { FieldDef } from '../types';

/** Currencies a price list or document may be in: those whose rounding the pricing rules know. */
export const CURRENCIES = Object.keys(CURRENCY_MINOR_UNITS);

export function currencyField(entity: string, section: string, required = true): FieldDef {
  return choiceField(entity, 'currency', CURRENCIES, 'currency', section, { required, sortable: true });
}
