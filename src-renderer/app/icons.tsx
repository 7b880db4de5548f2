import {
  IconActivity,
  IconBuilding,
  IconCalendarEvent,
  IconCalendarRepeat,
  IconCheckbox,
  IconClock,
  IconFile,
  IconMail,
  IconMailOpened,
  IconMessageReply,
  IconPhone,
  IconPrinter,
  IconSpeakerphone,
  IconTool,
  IconUser,
  IconUserCircle,
  type Icon,
} from '@tabler/icons-react';

/** Entity metadata names an icon; this is the one place that maps names to components. */
const ICONS: Readonly<Record<string, Icon>> = {
  activity: IconActivity,
  building: IconBuilding,
  'calendar-event': IconCalendarEvent,
  'calendar-repeat': IconCalendarRepeat,
  checkbox: IconCheckbox,
  clock: IconClock,
  letter: IconMailOpened,
  mail: IconMail,
  'message-reply': IconMessageReply,
  phone: IconPhone,
  printer: IconPrinter,
  speakerphone: IconSpeakerphone,
  tool: IconTool,
  user: IconUser,
  'user-circle': IconUserCircle,
};

export function EntityIcon({ name, size = 18 }: { name: string; size?: number }) {
  const Component = ICONS[name] ?? IconFile;
  return <Component size={size} stroke={1.6} aria-hidden />;
}
