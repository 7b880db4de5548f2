import type { UserField } from '../../../src-shared/entities';
import { PrincipalSelect } from '../../users/PrincipalSelect';
import type { FieldInputProps } from './types';

/** An owner: a user or a team (teams are listed under their own heading, with the team icon). */
export function UserFieldInput({
  field,
  value,
  label,
  error,
  lookupName,
  onChange,
  onBlur,
  nested,
}: FieldInputProps<UserField>) {
  return (
    <PrincipalSelect
      label={label}
      name={field.name}
      error={error}
      required={field.required === true}
      clearable={!field.required}
      value={typeof value === 'string' ? value : null}
      valueName={lookupName}
      onChange={(next, name) => onChange(next, name)}
      onBlur={onBlur}
      nested={nested === true}
    />
  );
}
