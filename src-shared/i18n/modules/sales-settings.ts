import { defineMessages } from '../message-module';

/** Settings › Sales: base currency, exchange rates, stage probabilities, default tax. */
export const salesSettingsMessages = defineMessages({
  en: {
    sales_settings: {
      title: 'Sales',
      description:
        'The currency reports and totals are kept in, the exchange rates of the other currencies documents may use, the probability of each sales stage and the tax new product lines start with.',
      load_failed: 'The sales settings could not be loaded',
      base_currency: 'Base currency',
      base_currency_hint: 'Totals of every document are also kept in this currency, for reports.',
      default_tax: 'Tax for new product lines',
      default_tax_hint: 'A percentage of the line amount; each line can change it.',
      rates: 'Exchange rates',
      rates_hint: 'How many units of each currency make one {{base}}. A document keeps the rate it was created with.',
      currency: 'Currency',
      rate: 'Units per 1 {{base}}',
      rate_of: 'Exchange rate of {{currency}}',
      remove_rate: 'Remove the rate of {{currency}}',
      add_currency: 'Add a currency…',
      stages: 'Sales stage probabilities',
      stages_hint: 'An opportunity moved to a stage takes its probability; the user can still change it.',
      save: 'Save sales settings',
      discard: 'Discard changes',
      saved: 'Sales settings saved.',
    },
  },
  ru: {
    sales_settings: {
      title: 'Продажи',
      description:
        'Валюта отчётов и итогов, курсы других валют документов, вероятность каждой стадии продаж и налог, с которого начинаются новые строки продуктов.',
      load_failed: 'Не удалось загрузить параметры продаж',
      base_currency: 'Базовая валюта',
      base_currency_hint: 'Итоги каждого документа хранятся и в этой валюте — для отчётов.',
      default_tax: 'Налог для новых строк',
      default_tax_hint: 'Процент от суммы строки; в каждой строке его можно изменить.',
      rates: 'Курсы валют',
      rates_hint:
        'Сколько единиц каждой валюты составляют один {{base}}. Документ сохраняет курс, с которым был создан.',
      currency: 'Валюта',
      rate: 'Единиц за 1 {{base}}',
      rate_of: 'Курс валюты {{currency}}',
      remove_rate: 'Удалить курс {{currency}}',
      add_currency: 'Добавить валюту…',
      stages: 'Вероятности стадий продаж',
      stages_hint: 'Возможная сделка, переведённая на стадию, получает её вероятность; пользователь может её изменить.',
      save: 'Сохранить параметры продаж',
      discard: 'Отменить изменения',
      saved: 'Параметры продаж сохранены.',
    },
  },
  fa: {
    sales_settings: {
      title: 'فروش',
      description:
        'ارزی که گزارش‌ها و جمع‌ها با آن نگه داشته می‌شوند، نرخ ارزهای دیگر اسناد، احتمال هر مرحلهٔ فروش و مالیاتی که ردیف‌های تازهٔ محصول با آن آغاز می‌شوند.',
      load_failed: 'تنظیمات فروش بارگیری نشد',
      base_currency: 'ارز پایه',
      base_currency_hint: 'جمع هر سند برای گزارش‌ها به این ارز هم نگه داشته می‌شود.',
      default_tax: 'مالیات ردیف‌های تازه',
      default_tax_hint: 'درصدی از مبلغ ردیف؛ در هر ردیف می‌توان آن را تغییر داد.',
      rates: 'نرخ ارزها',
      rates_hint: 'چند واحد از هر ارز برابر یک {{base}} است. هر سند نرخی را که با آن ساخته شده نگه می‌دارد.',
      currency: 'ارز',
      rate: 'واحد به ازای ۱ {{base}}',
      rate_of: 'نرخ ارز {{currency}}',
      remove_rate: 'حذف نرخ {{currency}}',
      add_currency: 'افزودن ارز…',
      stages: 'احتمال مراحل فروش',
      stages_hint: 'فرصت فروشی که به مرحله‌ای برده شود احتمال آن را می‌گیرد؛ کاربر همچنان می‌تواند آن را تغییر دهد.',
      save: 'ذخیرهٔ تنظیمات فروش',
      discard: 'کنار گذاشتن تغییرات',
      saved: 'تنظیمات فروش ذخیره شد.',
    },
  },
});
