import { IconBuilding, IconFile, IconUser, type Icon } from '@tabler/icons-react';

/** Entity metadata names an icon; this is the one place that maps names to components. */
const ICONS: Readonly<Record<string, Icon>> = {
  building: IconBuilding,
  user: IconUser,
};

export function EntityIcon({ name, size = 18 }: { name: string; size?: number }) {
  const Component = ICONS[name] ?? IconFile;
  return <Component size={size} stroke={1.6} aria-hidden />;
}
