import type { FieldDef } from '../../../src-shared/entities';
import { BooleanFieldInput } from './BooleanFieldInput';
import { ChoiceFieldInput } from './ChoiceFieldInput';
import { DateFieldInput } from './DateFieldInput';
import { DateTimeFieldInput } from './DateTimeFieldInput';
import { DurationFieldInput } from './DurationFieldInput';
import { LookupFieldInput } from './LookupFieldInput';
import { MultiChoiceFieldInput } from './MultiChoiceFieldInput';
import { NumberFieldInput } from './NumberFieldInput';
import { PartiesFieldInput } from './PartiesFieldInput';
import { ReadOnlyFieldInput } from './ReadOnlyFieldInput';
import { RegardingFieldInput } from './RegardingFieldInput';
import { TextFieldInput } from './TextFieldInput';
import type { FieldInputProps } from './types';
import { UserFieldInput } from './UserFieldInput';

/** The one place that picks the input component for a field type. */
export function FieldInput(props: FieldInputProps) {
  const { field } = props;
  if (field.readOnly) return <ReadOnlyFieldInput {...props} />;
  switch (field.type) {
    case 'text':
    case 'multiline':
    case 'email':
    case 'phone':
    case 'url':
      return <TextFieldInput {...props} field={field} />;
    case 'integer':
    case 'money':
      return <NumberFieldInput {...props} field={field} />;
    case 'date':
      return <DateFieldInput {...props} field={field} />;
    case 'datetime':
      return <DateTimeFieldInput {...props} field={field} />;
    case 'duration':
      return <DurationFieldInput {...props} field={field} />;
    case 'boolean':
      return <BooleanFieldInput {...props} field={field} />;
    case 'choice':
      return <ChoiceFieldInput {...props} field={field} />;
    case 'multichoice':
      return <MultiChoiceFieldInput {...props} field={field} />;
    case 'lookup':
      return <LookupFieldInput {...props} field={field} />;
    case 'user':
      return <UserFieldInput {...props} field={field} />;
    case 'regarding':
      return <RegardingFieldInput {...props} field={field} />;
    case 'parties':
      return <PartiesFieldInput {...props} field={field} />;
  }
}

export function isWideField(field: FieldDef): boolean {
  return field.type === 'multiline';
}
