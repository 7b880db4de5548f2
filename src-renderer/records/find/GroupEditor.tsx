import { ActionIcon, Button, Group, SegmentedControl, Text } from '@mantine/core';
import { IconBrackets, IconLink, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { EntityDef } from '../../../src-shared/entities';
import { childRelations, MAX_CRITERIA_DEPTH, STATIC_METADATA } from '../../../src-shared/query';
import classes from './AdvancedFind.module.css';
import type { BuilderContext } from './builder-context';
import { ConditionRow } from './ConditionRow';
import { emptyCondition, emptyGroup, nextId, type DraftGroup, type DraftNode } from './draft';
import { RelatedEditor } from './RelatedEditor';

interface GroupEditorProps {
  readonly group: DraftGroup;
  readonly entity: EntityDef;
  readonly depth: number;
  readonly ctx: BuilderContext;
  /** Accessible name; the root group has none of its own. */
  readonly label: string;
  /** The outermost group of a tree: it cannot be removed, and says what no condition means. */
  readonly root?: boolean;
  /** What an empty root group means here. */
  readonly emptyHint?: string;
}

/** An AND/OR group: its items, one under the other, and the commands that add to it. */
export function GroupEditor({ group, entity, depth, ctx, label, root = false, emptyHint }: GroupEditorProps) {
  const { t } = useTranslation();
  const canNest = depth < MAX_CRITERIA_DEPTH;
  const hasRelations = childRelations(entity, STATIC_METADATA).length > 0;
  const add = (node: DraftNode) =>
    ctx.update(group.id, (g) => (g.kind === 'group' ? { ...g, items: [...g.items, node] } : g));
  const joiner = t(group.op === 'and' ? 'find.and' : 'find.or');
  const conditionIds = group.items.filter((n) => n.kind === 'condition').map((n) => n.id);

  return (
    <div role="group" aria-label={label} className={root ? classes.rootGroup : classes.group} data-op={group.op}>
      <Group justify="space-between" gap="xs" wrap="nowrap" className={classes.groupHeader}>
        <SegmentedControl
          size="xs"
          aria-label={`${label}: ${t('find.match')}`}
          data={[
            { value: 'and', label: t('find.match_all') },
            { value: 'or', label: t('find.match_any') },
          ]}
          value={group.op}
          onChange={(op) => ctx.update(group.id, (g) => (g.kind === 'group' ? { ...g, op: op as 'and' | 'or' } : g))}
        />
        {!root && (
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={`${t('find.remove_group')} (${label})`}
            onClick={() => ctx.update(group.id, () => null)}
          >
            <IconTrash size={16} />
          </ActionIcon>
        )}
      </Group>
      {group.items.length === 0 && root && (
        <Text size="sm" c="dimmed" className={classes.emptyHint}>
          {emptyHint ?? t('find.no_conditions')}
        </Text>
      )}
      <div className={classes.items}>
        {group.items.map((node, index) => {
          const joinerMark = index > 0 && (
            <Text size="xs" fw={600} c="dimmed" tt="uppercase" className={classes.joiner} aria-hidden>
              {joiner}
            </Text>
          );
          if (node.kind === 'condition') {
            const conditionNo = conditionIds.indexOf(node.id) + 1;
            return (
              <div key={node.id}>
                {joinerMark}
                <ConditionRow
                  node={node}
                  entity={entity}
                  ctx={ctx}
                  label={`${label}${label ? ' › ' : ''}${t('find.condition_n', { n: conditionNo })}`}
                />
              </div>
            );
          }
          if (node.kind === 'related') {
            return (
              <div key={node.id}>
                {joinerMark}
                <RelatedEditor
                  node={node}
                  entity={entity}
                  depth={depth}
                  ctx={ctx}
                  label={`${label}${label ? ' › ' : ''}${t('find.relation_n', { n: index + 1 })}`}
                />
              </div>
            );
          }
          return (
            <div key={node.id}>
              {joinerMark}
              <GroupEditor
                group={node}
                entity={entity}
                depth={depth + 1}
                ctx={ctx}
                label={`${label}${label ? ' › ' : ''}${t('find.group_n', { n: index + 1 })}`}
              />
            </div>
          );
        })}
      </div>
      <Group gap="xs" className={classes.addBar}>
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => add(emptyCondition())}>
          {t('find.add_condition')}
        </Button>
        {canNest && (
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconBrackets size={14} />}
            onClick={() => add(emptyGroup(group.op === 'and' ? 'or' : 'and', [emptyCondition()]))}
          >
            {t('find.add_group')}
          </Button>
        )}
        {canNest && hasRelations && (
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconLink size={14} />}
            onClick={() =>
              add({ id: nextId(), kind: 'related', entity: '', via: '', match: 'some', where: emptyGroup('and') })
            }
          >
            {t('find.add_related')}
          </Button>
        )}
      </Group>
    </div>
  );
}
