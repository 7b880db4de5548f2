import { Button, Menu, type ButtonProps } from '@mantine/core';
import { IconChevronDown, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { getField, type EntityDef, type WorkArea } from '../../../src-shared/entities';
import { EntityIcon } from '../../app/icons';
import { navigate } from '../../app/navigation';
import { choiceKey } from '../fields/display';

interface NewRecordButtonProps {
  readonly area: WorkArea;
  readonly entity: EntityDef;
  readonly label: string;
  /** Values the new record starts with (e.g. the record it is about). */
  readonly prefill?: Readonly<Record<string, string>>;
  readonly variant?: ButtonProps['variant'];
  readonly size?: ButtonProps['size'];
}

/**
 * "New": straight to an empty form, or, for a record type whose type field
 * decides its fields (activities), a menu of the types first.
 */
export function NewRecordButton({ area, entity, label, prefill = {}, variant, size }: NewRecordButtonProps) {
  const { t } = useTranslation();
  const typeField = entity.typeField ? getField(entity, entity.typeField) : undefined;
  const open = (extra: Record<string, string>) =>
    navigate({ kind: 'new', area, entity, prefill: { ...prefill, ...extra } });

  if (typeField?.type !== 'choice') {
    return (
      <Button variant={variant} size={size} leftSection={<IconPlus size={16} />} onClick={() => open({})}>
        {label}
      </Button>
    );
  }
  return (
    <Menu position="bottom-end" shadow="md" width={260}>
      <Menu.Target>
        <Button
          variant={variant}
          size={size}
          leftSection={<IconPlus size={16} />}
          rightSection={<IconChevronDown size={14} />}
          aria-haspopup="menu"
        >
          {label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown aria-label={t(typeField.label)}>
        {typeField.choices.map((choice) => (
          <Menu.Item
            key={choice}
            leftSection={<EntityIcon name={typeField.icons?.[choice] ?? entity.icon} size={16} />}
            onClick={() => open({ [typeField.name]: choice })}
          >
            {t(choiceKey(typeField.choiceSet, choice))}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
