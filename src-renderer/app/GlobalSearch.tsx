import { useEffect, useState } from 'react';
import { Group, Kbd, Loader, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { createSpotlight, Spotlight, useSpotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LookupItem, SearchGroup } from '../../src-shared/api';
import { getEntity, isEntityName, type EntityDef } from '../../src-shared/entities';
import { useApi } from '../api';
import { useUiStore } from '../stores/ui-store';
import { EntityIcon } from './icons';
import { navigate } from './navigation';
import { areaForEntity } from './work-area';

export const [searchStore, searchSpotlight] = createSpotlight();

interface Results {
  readonly text: string;
  readonly groups: readonly { entity: EntityDef; items: readonly LookupItem[] }[];
}

/**
 * Global search (Ctrl+K / Cmd+K anywhere): prefix matching as you type over
 * `search.global`, grouped by record type; Enter opens the highlighted
 * result, or the first one when none is highlighted yet.
 */
export function GlobalSearch() {
  const api = useApi();
  const { t } = useTranslation();
  const workArea = useUiStore((s) => s.workArea);
  const { selected } = useSpotlight(searchStore);
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 120);
  const [results, setResults] = useState<Results>({ text: '', groups: [] });
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!debounced) return;
    let live = true;
    api.call('search.global', { text: debounced, limitPerType: 8 }).then(
      (groups) => {
        if (!live) return;
        setFailed(false);
        setResults({ text: debounced, groups: knownGroups(groups) });
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [api, debounced]);

  const shown = query.trim() ? results.groups : [];
  const searching = query.trim() !== '' && results.text !== query.trim() && !failed;

  function open(entity: EntityDef, item: LookupItem) {
    searchSpotlight.close();
    navigate({ kind: 'record', area: areaForEntity(entity, workArea), entity, id: item.id });
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter' || selected !== -1) return;
    const first = shown.find((g) => g.items.length > 0);
    const item = first?.items[0];
    if (first && item) open(first.entity, item);
  }

  return (
    <Spotlight.Root
      store={searchStore}
      query={query}
      onQueryChange={setQuery}
      shortcut={['mod + K']}
      tagsToIgnore={[]}
      scrollable
      maxHeight={520}
      size="xl"
    >
      <Spotlight.Search
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        leftSection={<IconSearch size={20} stroke={1.6} />}
        rightSection={searching ? <Loader size="xs" /> : null}
        onKeyDown={onKeyDown}
      />
      <Spotlight.ActionsList aria-label={t('search.results')}>
        {shown.map((group) => (
          <Spotlight.ActionsGroup key={group.entity.name} label={t(group.entity.pluralLabel)}>
            {group.items.map((item) => (
              <Spotlight.Action
                key={item.id}
                label={item.name}
                description={item.detail || undefined}
                leftSection={<EntityIcon name={group.entity.icon} size={22} />}
                onClick={() => open(group.entity, item)}
              />
            ))}
          </Spotlight.ActionsGroup>
        ))}
        {shown.length === 0 && (
          <Spotlight.Empty>
            {failed
              ? t('search.failed')
              : !query.trim()
                ? t('search.hint')
                : searching
                  ? t('search.searching')
                  : t('search.nothing_found')}
          </Spotlight.Empty>
        )}
      </Spotlight.ActionsList>
      <Spotlight.Footer>
        <Group gap="xs" justify="center">
          <Text size="xs" c="dimmed">
            {t('search.footer')}
          </Text>
          <Kbd size="xs">Enter</Kbd>
        </Group>
      </Spotlight.Footer>
    </Spotlight.Root>
  );
}

function knownGroups(groups: readonly SearchGroup[]): Results['groups'] {
  return groups
    .filter((g) => isEntityName(g.entity) && g.items.length > 0)
    .map((g) => ({ entity: getEntity(g.entity), items: g.items }));
}
