import { defineMessages } from '../message-module';

/**
 * The pricing engine (src-shared/rules/pricing): what its issues say, and
 * the names of pricing methods, rounding policies and discount types. Russian
 * follows Dynamics 365 («Прайс-лист», «Наценка», «Маржа», «Скидка за объем»);
 * Persian uses «فهرست قیمت» for a price list and «تخفیف حجمی» for a volume discount.
 */
export const pricingMessages = defineMessages({
  en: {
    validation: {
      pricing: {
        not_a_number: 'Enter a number, like 12.50.',
        negative: 'Enter zero or more.',
        too_many_decimals: 'Amounts in {{currency}} have at most {{max, number}} decimals.',
        unknown_currency: 'The currency {{currency}} is not known. Choose a currency from the list.',
        base_unit_defined:
          '{{unit}} is the base unit of this group; it cannot be defined as a quantity of another unit.',
        unit_duplicate: 'This unit group already has a unit named {{unit}}. Give this one another name.',
        unit_quantity_not_positive: 'Enter how many units {{unit}} holds: a number greater than zero.',
        unknown_unit: 'The unit {{unit}} is not in this unit group. Choose one of its units.',
        unit_cycle:
          '{{unit}} is defined through itself. Define it as a quantity of the base unit or of a unit defined from it.',
        price_list_dates: 'The price list ends before it starts. Choose an end date on or after the start date.',
        price_list_not_yet_valid:
          'The price list applies from {{date}}, not on {{on}}. Choose a price list valid then.',
        price_list_expired: 'The price list applied until {{date}}, not on {{on}}. Choose a price list valid then.',
        rounding_amount: 'Enter the amount to round to, greater than zero, or choose no rounding.',
        product_currency:
          'The product’s prices are in {{productCurrency}}, the price list is in {{currency}}. Use a fixed amount for this item.',
        list_price_missing: 'The product has no list price. Enter its list price or use another pricing method.',
        current_cost_missing: 'The product has no current cost. Enter its current cost or use another pricing method.',
        standard_cost_missing:
          'The product has no standard cost. Enter its standard cost or use another pricing method.',
        margin_too_high: 'A margin is a share of the price and must be less than 100%.',
        percentage_over_100: 'A percentage discount cannot be more than 100%.',
        range_order: 'The end quantity is less than the begin quantity. Enter an end quantity at least as large.',
        range_overlap:
          'Range {{index, number}} overlaps range {{other, number}} ({{begin}} to {{end}}). Change the quantities so that no quantity is in two ranges.',
        discount_exceeds_amount: 'The discount is larger than the amount it is taken from. Enter a smaller discount.',
        quantity_not_positive: 'Enter a quantity greater than zero. To drop the product, remove the line.',
        quantity_whole: 'This product is sold in whole units. Enter a whole quantity.',
        quantity_decimals: 'This product allows at most {{max, number}} decimals in a quantity.',
        write_in_name: 'Enter the name of the write-in product.',
        unknown_product: 'This product is not in the catalog. Choose another product or enter a write-in product.',
        no_price_list: 'Choose a price list for the document before adding catalog products.',
        currency_mismatch:
          'The price list is in {{priceListCurrency}} and the document in {{currency}}. Choose a price list in {{currency}}.',
        not_in_price_list:
          'The product is not in the document’s price list in the unit {{unit}}. Add it to the price list, choose another unit or enter it as a write-in product.',
        exchange_rate: 'Enter an exchange rate greater than zero.',
        bundle_component_missing:
          'The bundle is priced from its components, and its component {{product}} is not in the document’s price list in the unit {{unit}}. Add it to the price list or price the bundle at its own price.',
      },
    },
    pricing: {
      method: {
        currency_amount: 'Currency amount',
        percent_of_list: 'Percent of list price',
        markup_current_cost: 'Markup over current cost',
        markup_standard_cost: 'Markup over standard cost',
        margin_current_cost: 'Margin of current cost',
        margin_standard_cost: 'Margin of standard cost',
      },
      rounding: {
        none: 'No rounding',
        up: 'Round up',
        down: 'Round down',
        nearest: 'Round to nearest',
      },
      discount_type: {
        percentage: 'Percentage',
        amount: 'Amount',
      },
    },
  },
  ru: {
    validation: {
      pricing: {
        not_a_number: 'Введите число, например 12,50.',
        negative: 'Введите ноль или больше.',
        too_many_decimals: 'Суммы в {{currency}} имеют не более {{max, number}} знаков после запятой.',
        unknown_currency: 'Валюта {{currency}} неизвестна. Выберите валюту из списка.',
        base_unit_defined:
          '{{unit}} — базовая единица этой группы; ее нельзя определить как количество другой единицы.',
        unit_duplicate: 'В этой группе единиц уже есть единица {{unit}}. Дайте этой единице другое имя.',
        unit_quantity_not_positive: 'Укажите, сколько единиц содержит {{unit}}: число больше нуля.',
        unknown_unit: 'Единицы {{unit}} нет в этой группе единиц. Выберите одну из ее единиц.',
        unit_cycle:
          '{{unit}} определена через саму себя. Определите ее как количество базовой единицы или единицы, определенной через нее.',
        price_list_dates:
          'Прайс-лист заканчивается раньше, чем начинается. Выберите дату окончания не раньше даты начала.',
        price_list_not_yet_valid:
          'Прайс-лист действует с {{date}}, а не на {{on}}. Выберите прайс-лист, действующий на эту дату.',
        price_list_expired:
          'Прайс-лист действовал до {{date}}, а не на {{on}}. Выберите прайс-лист, действующий на эту дату.',
        rounding_amount: 'Введите сумму округления больше нуля или выберите «Без округления».',
        product_currency:
          'Цены продукта указаны в {{productCurrency}}, а прайс-лист — в {{currency}}. Задайте для этой позиции фиксированную сумму.',
        list_price_missing: 'У продукта нет прайсовой цены. Укажите ее или выберите другой метод ценообразования.',
        current_cost_missing: 'У продукта нет текущей стоимости. Укажите ее или выберите другой метод ценообразования.',
        standard_cost_missing:
          'У продукта нет стандартной стоимости. Укажите ее или выберите другой метод ценообразования.',
        margin_too_high: 'Маржа — это доля цены, она должна быть меньше 100%.',
        percentage_over_100: 'Скидка в процентах не может быть больше 100%.',
        range_order: 'Конечное количество меньше начального. Введите конечное количество не меньше начального.',
        range_overlap:
          'Диапазон {{index, number}} пересекается с диапазоном {{other, number}} ({{begin}}–{{end}}). Измените количества так, чтобы ни одно количество не попадало в два диапазона.',
        discount_exceeds_amount: 'Скидка больше суммы, из которой она вычитается. Введите скидку поменьше.',
        quantity_not_positive: 'Введите количество больше нуля. Чтобы убрать продукт, удалите строку.',
        quantity_whole: 'Этот продукт продается только целыми единицами. Введите целое количество.',
        quantity_decimals: 'Для этого продукта количество может иметь не более {{max, number}} знаков после запятой.',
        write_in_name: 'Введите название продукта вне каталога.',
        unknown_product: 'Этого продукта нет в каталоге. Выберите другой продукт или введите продукт вне каталога.',
        no_price_list: 'Прежде чем добавлять продукты из каталога, выберите прайс-лист документа.',
        currency_mismatch:
          'Прайс-лист в {{priceListCurrency}}, а документ в {{currency}}. Выберите прайс-лист в {{currency}}.',
        not_in_price_list:
          'Продукта нет в прайс-листе документа для единицы {{unit}}. Добавьте его в прайс-лист, выберите другую единицу или введите его как продукт вне каталога.',
        exchange_rate: 'Введите курс обмена больше нуля.',
        bundle_component_missing:
          'Цена комплекта складывается из его позиций, а позиции «{{product}}» нет в прайс-листе документа для единицы {{unit}}. Добавьте её в прайс-лист или задайте комплекту собственную цену.',
      },
    },
    pricing: {
      method: {
        currency_amount: 'Сумма в валюте',
        percent_of_list: 'Процент от прайсовой цены',
        markup_current_cost: 'Наценка на текущую стоимость',
        markup_standard_cost: 'Наценка на стандартную стоимость',
        margin_current_cost: 'Маржа от текущей стоимости',
        margin_standard_cost: 'Маржа от стандартной стоимости',
      },
      rounding: {
        none: 'Без округления',
        up: 'Округлять вверх',
        down: 'Округлять вниз',
        nearest: 'Округлять до ближайшего',
      },
      discount_type: {
        percentage: 'Процент',
        amount: 'Сумма',
      },
    },
  },
  fa: {
    validation: {
      pricing: {
        not_a_number: 'یک عدد وارد کنید، مانند ۱۲٫۵۰.',
        negative: 'صفر یا بیشتر وارد کنید.',
        too_many_decimals: 'مبالغ به {{currency}} حداکثر {{max, number}} رقم اعشار دارند.',
        unknown_currency: 'ارز {{currency}} شناخته نیست. ارزی از فهرست انتخاب کنید.',
        base_unit_defined: '{{unit}} واحد پایه این گروه است و نمی‌توان آن را به‌صورت مقداری از واحد دیگر تعریف کرد.',
        unit_duplicate: 'این گروه واحد از قبل واحدی به نام {{unit}} دارد. نام دیگری برای این واحد بگذارید.',
        unit_quantity_not_positive: 'تعداد واحدهای درون {{unit}} را وارد کنید: عددی بزرگ‌تر از صفر.',
        unknown_unit: 'واحد {{unit}} در این گروه واحد نیست. یکی از واحدهای آن را انتخاب کنید.',
        unit_cycle:
          '{{unit}} از طریق خودش تعریف شده است. آن را به‌صورت مقداری از واحد پایه یا واحدی که از آن تعریف شده تعریف کنید.',
        price_list_dates: 'فهرست قیمت پیش از شروع پایان می‌یابد. تاریخ پایانی برابر یا پس از تاریخ شروع انتخاب کنید.',
        price_list_not_yet_valid:
          'فهرست قیمت از {{date}} معتبر است، نه در {{on}}. فهرست قیمتی معتبر در آن تاریخ انتخاب کنید.',
        price_list_expired:
          'فهرست قیمت تا {{date}} معتبر بود، نه در {{on}}. فهرست قیمتی معتبر در آن تاریخ انتخاب کنید.',
        rounding_amount: 'مبلغ گردکردن را بزرگ‌تر از صفر وارد کنید یا «بدون گردکردن» را انتخاب کنید.',
        product_currency:
          'قیمت‌های محصول به {{productCurrency}} است و فهرست قیمت به {{currency}}. برای این قلم مبلغ ثابت تعیین کنید.',
        list_price_missing: 'محصول قیمت فهرست ندارد. قیمت فهرست آن را وارد کنید یا روش قیمت‌گذاری دیگری انتخاب کنید.',
        current_cost_missing: 'محصول بهای تمام‌شده جاری ندارد. آن را وارد کنید یا روش قیمت‌گذاری دیگری انتخاب کنید.',
        standard_cost_missing: 'محصول بهای استاندارد ندارد. آن را وارد کنید یا روش قیمت‌گذاری دیگری انتخاب کنید.',
        margin_too_high: 'حاشیه سود سهمی از قیمت است و باید کمتر از ۱۰۰٪ باشد.',
        percentage_over_100: 'تخفیف درصدی نمی‌تواند بیشتر از ۱۰۰٪ باشد.',
        range_order: 'مقدار پایانی کمتر از مقدار آغازین است. مقدار پایانی را دست‌کم برابر مقدار آغازین وارد کنید.',
        range_overlap:
          'بازه {{index, number}} با بازه {{other, number}} ({{begin}} تا {{end}}) هم‌پوشانی دارد. مقدارها را طوری تغییر دهید که هیچ مقداری در دو بازه نباشد.',
        discount_exceeds_amount: 'تخفیف از مبلغی که از آن کم می‌شود بیشتر است. تخفیف کمتری وارد کنید.',
        quantity_not_positive: 'مقداری بزرگ‌تر از صفر وارد کنید. برای حذف محصول، سطر را حذف کنید.',
        quantity_whole: 'این محصول فقط به واحدهای کامل فروخته می‌شود. مقدار صحیح وارد کنید.',
        quantity_decimals: 'مقدار این محصول حداکثر {{max, number}} رقم اعشار می‌تواند داشته باشد.',
        write_in_name: 'نام محصول خارج از کاتالوگ را وارد کنید.',
        unknown_product: 'این محصول در کاتالوگ نیست. محصول دیگری انتخاب کنید یا محصول خارج از کاتالوگ وارد کنید.',
        no_price_list: 'پیش از افزودن محصولات کاتالوگ، فهرست قیمت سند را انتخاب کنید.',
        currency_mismatch:
          'فهرست قیمت به {{priceListCurrency}} و سند به {{currency}} است. فهرست قیمتی به {{currency}} انتخاب کنید.',
        not_in_price_list:
          'محصول در فهرست قیمت سند برای واحد {{unit}} نیست. آن را به فهرست قیمت بیفزایید، واحد دیگری انتخاب کنید یا آن را به‌عنوان محصول خارج از کاتالوگ وارد کنید.',
        exchange_rate: 'نرخ تبدیل ارز را بزرگ‌تر از صفر وارد کنید.',
        bundle_component_missing:
          'قیمت این بسته از اجزای آن به دست می‌آید و جزء «{{product}}» در فهرست قیمت سند برای واحد {{unit}} نیست. آن را به فهرست قیمت بیفزایید یا برای بسته قیمت جداگانه بگذارید.',
      },
    },
    pricing: {
      method: {
        currency_amount: 'مبلغ ارزی',
        percent_of_list: 'درصدی از قیمت فهرست',
        markup_current_cost: 'افزایش بر بهای تمام‌شده جاری',
        markup_standard_cost: 'افزایش بر بهای استاندارد',
        margin_current_cost: 'حاشیه سود بر بهای تمام‌شده جاری',
        margin_standard_cost: 'حاشیه سود بر بهای استاندارد',
      },
      rounding: {
        none: 'بدون گردکردن',
        up: 'گردکردن رو به بالا',
        down: 'گردکردن رو به پایین',
        nearest: 'گردکردن به نزدیک‌ترین',
      },
      discount_type: {
        percentage: 'درصد',
        amount: 'مبلغ',
      },
    },
  },
});
