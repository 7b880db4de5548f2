import type { FieldValue, RecordValues } from '../../../src-shared/api';
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
  /** The whole record as edited, for inputs whose choices depend on another field. */
  readonly values?: Readonly<RecordValues> | undefined;
  /** Names of the references (`"<entity>:<id>"`) regarding and party inputs hold. */
  readonly refNames?: Readonly<Record<string, string>> | undefined;
  /** A regarding or party input learned names of references (chosen, or read for a prefilled value). */
  onRefNames?(names: Readonly<Record<string, string>>): void;
}
