import { ActionIcon, Select } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { EntityDef } from '../../../src-shared/entities';
import { operandShape, resolveFieldPath, STATIC_METADATA, type CriteriaOp } from '../../../src-shared/query';
import { translateIssue } from '../../app/errors';
import { uiOps, withField, withOp, type DraftCondition } from './draft';
import { fieldOptions, opLabel } from './field-options';
import classes from './AdvancedFind.module.css';
import type { BuilderContext } from './builder-context';
import { ValueEditor } from './ValueEditor';

/** One condition: field, operator that fits it, value input that fits both; issues shown where they belong. */
export function ConditionRow({
  node,
  entity,
  label,
  ctx,
}: {
  node: DraftCondition;
  entity: EntityDef;
  label: string;
  ctx: BuilderContext;
}) {
  const { t } = useTranslation();
  const resolved = node.field ? resolveFieldPath(entity, node.field, STATIC_METADATA) : null;
  const field = resolved && !('problem' in resolved) ? resolved.field : undefined;
  const ops = field ? uiOps(field.type) : [];
  const issueOf = (part: string) => {
    const found = ctx.issues.get(node.id)?.find((i) => i.part === part || (part === 'value' && i.part === ''));
    return found ? translateIssue(t, found.issue) : undefined;
  };
  const fieldError = node.field === '' && ctx.issues.has(node.id) ? t('find.choose_field') : issueOf('field');

  return (
    <div role="group" aria-label={label} className={classes.condition}>
      <Select
        className={classes.fieldCell}
        aria-label={`${label}: ${t('find.field')}`}
        placeholder={t('find.choose_field')}
        data={fieldOptions(entity, t)}
        value={node.field || null}
        onChange={(path) => path && ctx.update(node.id, () => withField(node, entity, path))}
        searchable
        allowDeselect={false}
        nothingFoundMessage={t('form.nothing_found')}
        comboboxProps={{ withinPortal: false }}
        maxDropdownHeight={320}
        error={fieldError}
      />
      <Select
        className={classes.opCell}
        aria-label={`${label}: ${t('find.operator')}`}
        placeholder={t('find.operator')}
        data={ops.map((op) => ({ value: op, label: opLabel(t, field, op) }))}
        value={node.op || null}
        onChange={(op) => op && ctx.update(node.id, () => withOp(node, op as CriteriaOp, operandShape))}
        disabled={!field}
        allowDeselect={false}
        comboboxProps={{ withinPortal: false }}
        maxDropdownHeight={320}
        error={issueOf('op')}
      />
      <div className={classes.valueCell}>
        {field && node.op && (
          <ValueEditor
            field={field}
            op={node.op}
            value={node.value}
            label={label}
            error={issueOf('value')}
            names={ctx.names}
            onName={ctx.rememberName}
            onChange={(value) =>
              ctx.update(node.id, (n) => {
                if (n.kind !== 'condition') return n;
                const { value: _old, ...rest } = n;
                return value === undefined ? rest : { ...rest, value };
              })
            }
          />
        )}
      </div>
      <ActionIcon
        variant="subtle"
        color="gray"
        className={classes.removeCell}
        aria-label={`${t('find.remove')} (${label})`}
        onClick={() => ctx.update(node.id, () => null)}
      >
        <IconTrash size={16} />
      </ActionIcon>
    </div>
  );
}
