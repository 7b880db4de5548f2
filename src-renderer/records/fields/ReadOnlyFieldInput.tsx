import { ActionIcon, TextInput } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { getEntity } from '../../../src-shared/entities';
import { navigate } from '../../app/navigation';
import { areaForEntity } from '../../app/work-area';
import { useLocale } from '../../i18n/useLocale';
import { useUiStore } from '../../stores/ui-store';
import { formatFieldValue } from './display';
import type { FieldInputProps } from './types';

/**
 * A field the record's rules fill in (or one fixed once saved, `fixed`):
 * shown as text, with a way to open the record it names.
 */
export function ReadOnlyFieldInput({
  field,
  value,
  label,
  lookupName,
  refNames,
  fixed = false,
}: FieldInputProps & { readonly fixed?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const workArea = useUiStore((s) => s.workArea);
  const text = formatFieldValue(field, value, lookupName, { t, locale, refNames });
  const target = field.type === 'lookup' && typeof value === 'string' ? getEntity(field.target) : null;
  return (
    <TextInput
      label={label}
      name={field.name}
      value={text}
      readOnly
      variant="filled"
      description={fixed ? undefined : t('fields.read_only')}
      dir="auto"
      rightSection={
        target && typeof value === 'string' ? (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={t('form.open_lookup', { name: text || t(target.label) })}
            onClick={() =>
              navigate({ kind: 'record', area: areaForEntity(target, workArea), entity: target, id: value })
            }
          >
            <IconExternalLink size={14} />
          </ActionIcon>
        ) : null
      }
    />
  );
}
