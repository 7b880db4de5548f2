import {
  IconActivity,
  IconBuilding,
  IconCalendarEvent,
  IconCalendarMonth,
  IconCalendarRepeat,
  IconCar,
  IconCheckbox,
  IconClock,
  IconCoffee,
  IconFile,
  IconGift,
  IconLayoutDashboard,
  IconMail,
  IconMailOpened,
  IconMapPin,
  IconMessageReply,
  IconPhone,
  IconPresentation,
  IconPrinter,
  IconSpeakerphone,
  IconStar,
  IconTool,
  IconUser,
  IconUserCircle,
  type Icon,
} from '@tabler/icons-react';

/** Entity metadata names an icon; this is the one place that maps names to components. */
const ICONS: Readonly<Record<string, Icon>> = {
  activity: IconActivity,
  building: IconBuilding,
  calendar: IconCalendarMonth,
  'calendar-event': IconCalendarEvent,
  'calendar-repeat': IconCalendarRepeat,
  car: IconCar,
  checkbox: IconCheckbox,
  clock: IconClock,
  coffee: IconCoffee,
  dashboard: IconLayoutDashboard,
  gift: IconGift,
  letter: IconMailOpened,
  mail: IconMail,
  'map-pin': IconMapPin,
  'message-reply': IconMessageReply,
  phone: IconPhone,
  presentation: IconPresentation,
  printer: IconPrinter,
  speakerphone: IconSpeakerphone,
  star: IconStar,
  tool: IconTool,
  user: IconUser,
  'user-circle': IconUserCircle,
};

export function EntityIcon({ name, size = 18 }: { name: string; size?: number }) {
  const Component = ICONS[name] ?? IconFile;
  return <Component size={size} stroke={1.6} aria-hidden />;
}
