import { useState } from 'react';
import { Button, Drawer, Group, ScrollArea, Text } from '@mantine/core';
import { IconDeviceFloppy, IconEraser, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { EntityDef } from '../../../src-shared/entities';
import type { Criteria } from '../../../src-shared/query';
import classes from './AdvancedFind.module.css';
import type { BuilderContext } from './builder-context';
import { checkDraft, emptyGroup, toDraft, updateNode, type DraftGroup, type PlacedIssues } from './draft';
import { GroupEditor } from './GroupEditor';

interface AdvancedFindProps {
  readonly entity: EntityDef;
  readonly opened: boolean;
  /** What the list shows now: the builder starts from it. */
  readonly criteria: Criteria;
  onClose(): void;
  /** Show the results in the list. */
  onApply(criteria: Criteria): void;
  /** Show the results and save them as a new view. */
  onSaveAsView(criteria: Criteria): void;
}

/**
 * Advanced find: a side panel over the list with the filter builder (AND/OR
 * groups, conditions on the record's fields and on the records its lookups
 * point at, "has related" conditions). Results show in the list's own grid.
 */
export function AdvancedFind(props: AdvancedFindProps) {
  const { t } = useTranslation();
  return (
    // Mantine mirrors the side in right-to-left layouts: the panel opens at the end of the line either way.
    <Drawer
      opened={props.opened}
      onClose={props.onClose}
      position="right"
      size={760}
      title={t('find.title', { entity: t(props.entity.pluralLabel) })}
      closeButtonProps={{ 'aria-label': t('find.close') }}
      scrollAreaComponent={ScrollArea.Autosize}
      classNames={{ body: classes.drawerBody, title: classes.drawerTitle }}
    >
      {/* Mounted while open only, so every opening starts from what the list shows. */}
      {props.opened && <Builder {...props} />}
    </Drawer>
  );
}

function Builder({ entity, criteria, onApply, onSaveAsView }: AdvancedFindProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<DraftGroup>(() => toDraft(criteria));
  const [issues, setIssues] = useState<PlacedIssues>(new Map());
  const [names, setNames] = useState<Record<string, string>>({});
  const [failed, setFailed] = useState(false);

  const ctx: BuilderContext = {
    update: (id, change) => setDraft((d) => updateNode(d, id, change)),
    issues,
    names,
    rememberName: (id, name) => setNames((n) => (n[id] === name ? n : { ...n, [id]: name })),
  };

  const submit = (then: (criteria: Criteria) => void) => {
    const checked = checkDraft(draft, entity);
    setIssues(checked.issues);
    setFailed(checked.issues.size > 0);
    if (checked.issues.size === 0) then(checked.criteria);
  };

  return (
    <form
      className={classes.builder}
      onSubmit={(e) => {
        e.preventDefault();
        submit(onApply);
      }}
    >
      <Text size="sm" fw={600} className={classes.sectionTitle}>
        {t('find.conditions')}
      </Text>
      <GroupEditor group={draft} entity={entity} depth={1} ctx={ctx} label="" root />
      {failed && (
        <Text size="sm" c="red" role="alert">
          {t('find.fix_conditions')}
        </Text>
      )}
      <Group justify="space-between" className={classes.footer}>
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconEraser size={16} />}
          onClick={() => {
            setDraft(emptyGroup('and'));
            setIssues(new Map());
            setFailed(false);
          }}
        >
          {t('find.clear')}
        </Button>
        <Group gap="sm">
          <Button variant="default" leftSection={<IconDeviceFloppy size={16} />} onClick={() => submit(onSaveAsView)}>
            {t('find.save_as_view')}
          </Button>
          <Button type="submit" leftSection={<IconSearch size={16} />}>
            {t('find.run')}
          </Button>
        </Group>
      </Group>
    </form>
  );
}
