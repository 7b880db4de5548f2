import { defineMessages } from '../message-module';

/**
 * Messages of the field types added with activities: moments, durations,
 * multi-choice, regarding and party lists (their inputs, their display and
 * their validation).
 */
export const fieldTypeMessages = defineMessages({
  en: {
    validation: {
      datetime: 'Enter a valid date and time.',
      duration: 'Enter minutes (90) or hours and minutes (1:30), at most a year.',
      choice_mismatch: 'Choose one of the values offered here.',
      unknown_time_zone: 'This time zone is not known.',
    },
    duration: {
      hours_minutes: '{{hours, number}} h {{minutes, number}} min',
      hours: '{{hours, number}} h',
      minutes: '{{minutes, number}} min',
      hint: 'Minutes (90) or hours:minutes (1:30)',
    },
    fields: {
      date_of: '{{field}}: date',
      time_of: '{{field}}: time',
      record_type_of: '{{field}}: record type',
      parties_placeholder: 'Search contacts, accounts and users…',
      remove_item: 'Remove {{name}}',
      user: 'User',
      users: 'Users',
      read_only: 'Set automatically',
    },
  },
  ru: {
    validation: {
      datetime: 'Введите правильные дату и время.',
      duration: 'Введите минуты (90) или часы и минуты (1:30), не больше года.',
      choice_mismatch: 'Выберите одно из предложенных здесь значений.',
      unknown_time_zone: 'Такой часовой пояс неизвестен.',
    },
    duration: {
      hours_minutes: '{{hours, number}} ч {{minutes, number}} мин',
      hours: '{{hours, number}} ч',
      minutes: '{{minutes, number}} мин',
      hint: 'Минуты (90) или часы:минуты (1:30)',
    },
    fields: {
      date_of: '{{field}}: дата',
      time_of: '{{field}}: время',
      record_type_of: '{{field}}: тип записи',
      parties_placeholder: 'Поиск контактов, организаций и пользователей…',
      remove_item: 'Убрать «{{name}}»',
      user: 'Пользователь',
      users: 'Пользователи',
      read_only: 'Заполняется автоматически',
    },
  },
  fa: {
    validation: {
      datetime: 'تاریخ و ساعت معتبری وارد کنید.',
      duration: 'دقیقه (۹۰) یا ساعت و دقیقه (۱:۳۰) وارد کنید، حداکثر یک سال.',
      choice_mismatch: 'یکی از مقدارهای پیشنهادشده در اینجا را انتخاب کنید.',
      unknown_time_zone: 'این منطقهٔ زمانی شناخته‌شده نیست.',
    },
    duration: {
      hours_minutes: '{{hours, number}} ساعت و {{minutes, number}} دقیقه',
      hours: '{{hours, number}} ساعت',
      minutes: '{{minutes, number}} دقیقه',
      hint: 'دقیقه (۹۰) یا ساعت:دقیقه (۱:۳۰)',
    },
    fields: {
      date_of: '{{field}}: تاریخ',
      time_of: '{{field}}: ساعت',
      record_type_of: '{{field}}: نوع رکورد',
      parties_placeholder: 'جستجوی مخاطبان، حساب‌ها و کاربران…',
      remove_item: 'حذف «{{name}}»',
      user: 'کاربر',
      users: 'کاربران',
      read_only: 'به‌طور خودکار پر می‌شود',
    },
  },
});
