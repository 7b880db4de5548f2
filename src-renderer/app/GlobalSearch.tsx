import { useEffect, useEffectEvent, useRef, useState } from 'react';
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
  // The query Enter was pressed on while the results shown still answered an earlier one.
  const enterPendingFor = useRef<string | null>(null);
  const openFirstOnArrival = useEffectEvent((groups: Results['groups']) => openFirst(groups));

  useEffect(() => {
    if (!debounced) return;
    let live = true;
    api.call('search.global', { text: debounced, limitPerType: 8 }).then(
      (groups) => {
        if (!live) return;
        setFailed(false);
        const known = knownGroups(groups);
        setResults({ text: debounced, groups: known });
        if (enterPendingFor.current === debounced) {
          enterPendingFor.current = null;
          openFirstOnArrival(known);
        }
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [api, debounced]);

  // Only results that answer what is typed now: the spotlight highlights and opens its first
  // action on Enter, which must never be one left over from an earlier query.
  const typed = query.trim();
  const fresh = typed !== '' && results.text === typed;
  const shown = fresh ? results.groups : [];
  const searching = typed !== '' && !fresh && !failed;

  function open(entity: EntityDef, item: LookupItem) {
    searchSpotlight.close();
    navigate({ kind: 'record', area: areaForEntity(entity, workArea), entity, id: item.id });
  }

  function openFirst(groups: Results['groups']) {
    const first = groups.find((g) => g.items.length > 0);
    const item = first?.items[0];
    if (first && item) open(first.entity, item);
  }

  /** Enter opens the first result for what was typed, never one left over from an earlier query. */
  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter' || selected !== -1) return;
    if (searching) enterPendingFor.current = typed;
    else openFirst(shown);
  }

  return (
    <Spotlight.Root
      store={searchStore}
      query={query}
      onQueryChange={(next) => {
        setQuery(next);
        enterPendingFor.current = null;
      }}
      onSpotlightClose={() => (enterPendingFor.current = null)}
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
          // The group title is drawn by CSS; role and name let assistive technology announce the group too.
          <Spotlight.ActionsGroup
            key={group.entity.name}
            label={t(group.entity.pluralLabel)}
            role="group"
            aria-label={t(group.entity.pluralLabel)}
          >
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
