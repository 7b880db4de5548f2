import { Avatar, Burger, Group, Kbd, Text, ThemeIcon, Title, UnstyledButton } from '@mantine/core';
import { IconAddressBook, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from './AppInfoContext';
import { searchSpotlight } from './GlobalSearch';
import classes from './HeaderBar.module.css';
import type { Route } from './routes';
import { WorkAreaSwitcher } from './WorkAreaSwitcher';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function HeaderBar({
  route,
  navOpened,
  onToggleNav,
}: {
  route: Route;
  navOpened: boolean;
  onToggleNav: () => void;
}) {
  const { t } = useTranslation();
  const { info } = useAppInfo();
  const user = info.currentUser;

  return (
    <Group h="100%" px="md" gap="lg" wrap="nowrap" className={classes.bar}>
      <Burger opened={navOpened} onClick={onToggleNav} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
      <Group gap="xs" wrap="nowrap" className={classes.brand}>
        <ThemeIcon size={32} radius="md" variant="filled">
          <IconAddressBook size={20} stroke={1.8} />
        </ThemeIcon>
        <Title order={1} size="h4" visibleFrom="md" className={classes.productName}>
          {t('app.name')}
        </Title>
      </Group>
      <WorkAreaSwitcher route={route} />
      <UnstyledButton
        className={classes.search}
        onClick={searchSpotlight.open}
        aria-label={t('search.open')}
        aria-keyshortcuts="Control+K Meta+K"
      >
        <IconSearch size={16} stroke={1.8} aria-hidden />
        <Text size="sm" c="dimmed" className={classes.searchText}>
          {t('search.button')}
        </Text>
        <Kbd size="xs" visibleFrom="lg">
          {isMac ? '⌘ K' : 'Ctrl K'}
        </Kbd>
      </UnstyledButton>
      {user && (
        <Group
          gap="xs"
          wrap="nowrap"
          className={classes.user}
          aria-label={t('header.current_user', { name: user.name })}
          role="group"
        >
          <Avatar size={34} radius="xl" color="blue" name={user.name} />
          <div className={classes.userText}>
            <Text size="sm" fw={500} lh={1.2} truncate>
              {user.name}
            </Text>
            <Text size="xs" c="dimmed" lh={1.2} truncate>
              {user.email || t(`header.role.${user.role}`)}
            </Text>
          </div>
        </Group>
      )}
    </Group>
  );
}
