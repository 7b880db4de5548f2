import type { FieldValue } from '../../../src-shared/api';
import type { FieldDef } from '../../../src-shared/entities';

export interface FieldInputProps<F extends FieldDef = FieldDef> {
  readonly field: F;
  readonly value: FieldValue;
  readonly label: string;
  readonly error?: string | undefined;
  /** Display name of a lookup/user value, when known. */
  readonly lookupName?: string | undefined;
  onChange(value: FieldValue, lookupName?: string): void;
  onBlur(): void;
  /** A lookup learned the name of its current value (prefilled from a link). */
  onLookupName?(name: string): void;
  /** Rendered inside a popover: dropdowns must not portal out of it (a click there would close it). */
  readonly nested?: boolean;
}
