import { ActionIcon, Group, SegmentedControl, Select, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { EntityDef } from '../../../src-shared/entities';
import { translateIssue } from '../../app/errors';
import classes from './AdvancedFind.module.css';
import type { BuilderContext } from './builder-context';
import { emptyGroup, type DraftRelated } from './draft';
import { relationKey, relationOf, relationOptions } from './field-options';
import { GroupEditor } from './GroupEditor';

/** "Has (no) related <records> where …": the relation, some or none, and a group of conditions on those records. */
export function RelatedEditor({
  node,
  entity,
  depth,
  ctx,
  label,
}: {
  node: DraftRelated;
  entity: EntityDef;
  depth: number;
  ctx: BuilderContext;
  label: string;
}) {
  const { t } = useTranslation();
  const relation = node.entity ? relationOf(entity, relationKey(node)) : undefined;
  const issue = ctx.issues.get(node.id)?.[0];
  const error =
    node.entity === '' && ctx.issues.has(node.id) ? t('find.choose_relation') : issue && translateIssue(t, issue.issue);

  return (
    <div role="group" aria-label={label} className={classes.related}>
      <Group gap="xs" wrap="nowrap" align="flex-start" className={classes.relatedHeader}>
        <SegmentedControl
          size="xs"
          aria-label={`${label}: ${t('find.relation')}`}
          data={[
            { value: 'some', label: t('find.related_some') },
            { value: 'none', label: t('find.related_none') },
          ]}
          value={node.match}
          onChange={(match) =>
            ctx.update(node.id, (n) => (n.kind === 'related' ? { ...n, match: match as 'some' | 'none' } : n))
          }
        />
        <Select
          className={classes.relationCell}
          aria-label={`${label}: ${t('find.relation_records')}`}
          placeholder={t('find.choose_relation')}
          data={relationOptions(entity, t)}
          value={node.entity ? relationKey(node) : null}
          onChange={(key) => {
            const chosen = key ? relationOf(entity, key) : undefined;
            if (!chosen) return;
            ctx.update(node.id, (n) =>
              n.kind === 'related'
                ? { ...n, entity: chosen.entity.name, via: chosen.via.name, where: emptyGroup('and') }
                : n,
            );
          }}
          allowDeselect={false}
          comboboxProps={{ withinPortal: false }}
          error={error}
        />
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={`${t('find.remove')} (${label})`}
          onClick={() => ctx.update(node.id, () => null)}
        >
          <IconTrash size={16} />
        </ActionIcon>
      </Group>
      {relation && (
        <>
          <Text size="xs" fw={600} c="dimmed" className={classes.where}>
            {t('find.related_where_entity', { entity: t(relation.entity.pluralLabel) })}
          </Text>
          <GroupEditor
            group={node.where}
            entity={relation.entity}
            depth={depth + 1}
            ctx={ctx}
            label={label}
            root
            emptyHint={t('find.any_related', { entity: t(relation.entity.pluralLabel) })}
          />
        </>
      )}
    </div>
  );
}
