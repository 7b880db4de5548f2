import { defineMessages } from '../message-module';

/** Settings › Customization › Choice lists, and the stage editor of Settings › Sales. */
export const choiceListMessages = defineMessages({
  en: {
    choice_lists: {
      title: 'Choice lists',
      intro:
        'Lists every business words its own way. Add values, rename them in each language, put them in order, and hide the ones you no longer use: records that hold a hidden value keep it.',
      set: {
        lead_source: 'Lead sources',
        sales_stage: 'Sales stages',
      },
      set_hint: {
        lead_source: 'Where a lead came from. Used on leads and opportunities and in the lead-source report.',
        sales_stage:
          'The steps of the sales process, in order: the pipeline board and the funnel show them in this order. Set the probability of each under Settings › Sales.',
      },
      edit: 'Edit',
      edit_list: 'Edit {{list}}',
      edit_stages: 'Edit stages',
      dialog_title: 'Edit {{list}}',
      dialog_hint:
        'Leave a name empty to keep the built-in one in that language. Hidden values are no longer offered, but records that hold them keep them.',
      position: 'Order',
      offered: 'Offered',
      offered_value: 'Offer {{name}}',
      move_up: 'Move {{name}} up',
      move_down: 'Move {{name}} down',
      remove_new: 'Remove {{name}}',
      new_value: 'New value',
      add_value: 'Add a value',
      hidden_count: '{{count}} hidden',
      saved: '{{list}} saved.',
      error: {
        not_editable: 'The list "{{set}}" cannot be edited.',
        unknown_value: 'The value "{{value}}" is not in this list. Reload the list and try again.',
        duplicate_value: 'The value "{{value}}" appears twice. Reload the list and try again.',
        label_required: 'Give the new value a name in at least one language.',
        duplicate_label: 'Two values are named "{{label}}". Give each value its own name.',
        value_missing:
          'The value "{{value}}" is missing. Values are never removed, because records hold them: hide it instead.',
        none_offered: 'Keep at least one value offered.',
        in_use_sales_stage:
          'Open opportunities are at this stage ({{count}}). Move them to another stage before hiding it.',
      },
    },
  },
  ru: {
    choice_lists: {
      title: 'Списки значений',
      intro:
        'Списки, которые каждая компания называет по-своему. Добавляйте значения, переименовывайте их на каждом языке, меняйте порядок и скрывайте ненужные: записи со скрытым значением его сохраняют.',
      set: {
        lead_source: 'Источники интересов',
        sales_stage: 'Стадии продаж',
      },
      set_hint: {
        lead_source: 'Откуда пришёл интерес. Используется в интересах, возможных сделках и в отчёте по источникам.',
        sales_stage:
          'Шаги процесса продаж по порядку: в этом порядке их показывают доска воронки и воронка продаж. Вероятность каждой стадии задаётся в разделе «Параметры», «Продажи».',
      },
      edit: 'Изменить',
      edit_list: 'Изменить: {{list}}',
      edit_stages: 'Изменить стадии',
      dialog_title: 'Изменить: {{list}}',
      dialog_hint:
        'Оставьте название пустым, чтобы на этом языке осталось встроенное. Скрытые значения больше не предлагаются, но записи, где они выбраны, их сохраняют.',
      position: 'Порядок',
      offered: 'Предлагается',
      offered_value: 'Предлагать «{{name}}»',
      move_up: 'Переместить «{{name}}» выше',
      move_down: 'Переместить «{{name}}» ниже',
      remove_new: 'Убрать «{{name}}»',
      new_value: 'Новое значение',
      add_value: 'Добавить значение',
      hidden_count: 'скрыто: {{count}}',
      saved: '{{list}}: сохранено.',
      error: {
        not_editable: 'Список «{{set}}» изменять нельзя.',
        unknown_value: 'Значения «{{value}}» нет в этом списке. Обновите список и попробуйте снова.',
        duplicate_value: 'Значение «{{value}}» встречается дважды. Обновите список и попробуйте снова.',
        label_required: 'Дайте новому значению название хотя бы на одном языке.',
        duplicate_label: 'Два значения называются «{{label}}». Дайте каждому своё название.',
        value_missing:
          'Значение «{{value}}» пропало. Значения не удаляются, потому что они выбраны в записях: скройте его.',
        none_offered: 'Оставьте хотя бы одно значение, которое предлагается.',
        in_use_sales_stage:
          'На этой стадии есть открытые возможные сделки ({{count}}). Переведите их на другую стадию, прежде чем скрыть её.',
      },
    },
  },
  fa: {
    choice_lists: {
      title: 'فهرست‌های گزینه',
      intro:
        'فهرست‌هایی که هر کسب‌وکار به زبان خودش می‌نویسد. گزینه اضافه کنید، آن‌ها را در هر زبان تغییر نام دهید، ترتیبشان را عوض کنید و گزینه‌هایی را که دیگر به کار نمی‌برید پنهان کنید: رکوردهایی که گزینهٔ پنهان را دارند آن را نگه می‌دارند.',
      set: {
        lead_source: 'منابع سرنخ',
        sales_stage: 'مراحل فروش',
      },
      set_hint: {
        lead_source: 'اینکه سرنخ از کجا آمده است. در سرنخ‌ها، فرصت‌ها و گزارش منابع سرنخ به کار می‌رود.',
        sales_stage:
          'گام‌های فرایند فروش به ترتیب: تابلوی فرصت‌ها و قیف فروش آن‌ها را به همین ترتیب نشان می‌دهند. احتمال هر مرحله در تنظیمات، بخش فروش، تعیین می‌شود.',
      },
      edit: 'ویرایش',
      edit_list: 'ویرایش {{list}}',
      edit_stages: 'ویرایش مراحل',
      dialog_title: 'ویرایش {{list}}',
      dialog_hint:
        'اگر نامی را خالی بگذارید، نام پیش‌فرض در آن زبان می‌ماند. گزینه‌های پنهان دیگر پیشنهاد نمی‌شوند، اما رکوردهایی که آن‌ها را دارند نگهشان می‌دارند.',
      position: 'ترتیب',
      offered: 'پیشنهاد شود',
      offered_value: 'پیشنهاد «{{name}}»',
      move_up: 'انتقال «{{name}}» به بالا',
      move_down: 'انتقال «{{name}}» به پایین',
      remove_new: 'حذف «{{name}}»',
      new_value: 'گزینهٔ جدید',
      add_value: 'افزودن گزینه',
      hidden_count: '{{count}} پنهان',
      saved: '{{list}} ذخیره شد.',
      error: {
        not_editable: 'فهرست «{{set}}» قابل ویرایش نیست.',
        unknown_value: 'گزینهٔ «{{value}}» در این فهرست نیست. فهرست را دوباره بارگذاری کنید و دوباره تلاش کنید.',
        duplicate_value: 'گزینهٔ «{{value}}» دو بار آمده است. فهرست را دوباره بارگذاری کنید و دوباره تلاش کنید.',
        label_required: 'برای گزینهٔ جدید دست‌کم در یک زبان نام بنویسید.',
        duplicate_label: 'دو گزینه نام «{{label}}» دارند. به هر گزینه نام جداگانه بدهید.',
        value_missing:
          'گزینهٔ «{{value}}» جا افتاده است. گزینه‌ها حذف نمی‌شوند، چون رکوردها آن‌ها را دارند: به جای آن پنهانش کنید.',
        none_offered: 'دست‌کم یک گزینه را برای پیشنهاد نگه دارید.',
        in_use_sales_stage:
          'فرصت‌های باز در این مرحله هستند ({{count}}). پیش از پنهان کردن، آن‌ها را به مرحلهٔ دیگری ببرید.',
      },
    },
  },
});
