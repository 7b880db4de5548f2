import { defineMessages } from '../message-module';

/**
 * Why a sales lifecycle command is refused (src-shared/rules/sales), each
 * naming what to do instead. Russian follows Dynamics 365 («Квалифицировать»,
 * «Дисквалифицировать», «Повторно открыть», «Пересмотреть»); Persian uses
 * «سرنخ» for a lead, «فرصت فروش» for an opportunity and «پیش‌فاکتور» for a quote.
 */
export const salesMessages = defineMessages({
  en: {
    sales: {
      document: {
        percent_range: 'Enter a percentage from 0 to 100.',
      },
      catalog: {
        amount_required: 'Enter the price: this pricing method uses a currency amount.',
        percent_required: 'Enter the percentage this pricing method applies.',
        rounding_amount_required: 'Enter the amount to round to, or choose no rounding.',
        quantity_negative: 'Enter a quantity of zero or more.',
        base_unit_kept:
          'The base unit of a unit group cannot be deleted; every other unit is defined through it. Rename it instead.',
        base_unit_fixed: 'The base unit is one of itself. Define other units as a quantity of it.',
        unit_other_group: 'Choose a unit of the same unit group.',
        family_self: 'A product cannot be its own family.',
        parent_not_family: 'Choose a product family (a product whose structure is Family).',
        unit_not_of_product: "Choose a unit of the product's unit group.",
        item_duplicate: 'This price list already prices the product in this unit. Edit that item instead.',
        discount_currency:
          "An amount discount list must be in the price list's currency ({{currency}}), not {{discountCurrency}}.",
        discount_needs_currency: 'An amount discount list needs a currency. Choose the currency of its amounts.',
        bundle_self: 'A bundle cannot contain itself.',
        not_a_bundle: 'Only a product whose structure is Bundle has bundle items.',
      },
      lines: {
        not_editable_opportunity: 'The products of a closed opportunity cannot change. Reopen it first.',
        not_editable_quote: "Only a draft quote's products can change. Revise the quote to make a new draft.",
        not_editable_sales_order: 'The products of a fulfilled or canceled order cannot change.',
        not_editable_invoice: 'Only an active invoice without payments can change its products.',
        product_retired: '{{product}} is retired and can no longer be sold. Choose another product.',
        product_draft:
          '{{product}} is still a draft and cannot be sold yet. Set its status to Active on the product form, or choose another product.',
      },
      settings: {
        unknown_currency: 'The currency {{currency}} is not known. Choose one from the list.',
        rate_invalid: 'Enter the exchange rate of {{currency}} as a number greater than zero with at most 4 decimals.',
        unknown_stage:
          'There is no sales stage "{{stage}}". Add or rename stages in the stage list first (Edit stages), then set their probabilities.',
        no_rate:
          'There is no exchange rate for {{currency}}. Enter how many {{currency}} make one {{base}} in Settings, Sales.',
      },
      lead: {
        use_commands:
          'A lead becomes qualified or disqualified only through Qualify or Disqualify. Use those commands instead of changing the status.',
        no_company:
          'The lead has no company name, so no account can be created from it. Enter the company name or link an existing account.',
        no_name:
          'The lead has no first or last name, so no contact can be created from it. Enter a name or link an existing contact.',
        no_customer:
          'An opportunity needs a customer. Create or link an account or a contact, or do not create an opportunity.',
        read_only: 'This lead is closed and read-only. Reactivate it to make changes.',
        not_open:
          'Only an open lead (new or contacted) can be qualified, disqualified or have its status changed. Reactivate it first.',
        disqualify_reason_required:
          'Choose why the lead is disqualified: lost, cannot contact, no longer interested or canceled.',
        already_open: 'This lead is already open; there is nothing to reactivate.',
      },
      opportunity: {
        revenue_calculated:
          'The estimated revenue is calculated from the product lines. Change the lines, or switch the revenue to user provided.',
        open_quotes: 'This opportunity has {{count, number}} open quotes. Confirm that they are closed with it.',
        stages_empty: 'The sales process needs at least one stage.',
        stage_name_required: 'Every sales stage needs a name.',
        stage_duplicate: 'The stage “{{stage}}” appears twice. Give each stage its own name.',
        probability_range: 'The probability of stage “{{stage}}” must be a whole number from 0 to 100.',
        read_only: 'This opportunity is closed and read-only. Reopen it to make changes.',
        closed: 'This opportunity is already closed. Reopen it first.',
        unknown_stage: 'There is no sales stage “{{stage}}”. Choose one of the configured stages.',
        close_date_required: 'Enter the actual close date.',
        revenue_invalid:
          'Enter the actual revenue as an amount of zero or more, or leave it empty to use the estimate.',
        loss_reason_required: 'Choose why the opportunity was lost: canceled or out-sold.',
        already_open: 'This opportunity is already open; there is nothing to reopen.',
      },
      quote: {
        effective_dates: 'The quote ends before it starts. Choose an end date on or after the start date.',
        locked: 'This quote is active and locked. Revise it to make changes.',
        closed: 'This quote is closed and read-only. Revise it to make a new draft.',
        activate_only_draft: 'Only a draft quote can be activated.',
        lose_only_active: 'Only an active quote can be lost. Close a draft instead.',
        already_closed: 'This quote is already won, lost or closed.',
        revise_draft: 'A draft quote is edited directly; there is no need to revise it.',
        revise_won: 'A won quote cannot be revised; it has become an order. Create a new quote instead.',
        convert_lost: 'A lost quote cannot become an order. Revise it, activate the revision and win that.',
        win_only_active: 'Only an active quote can be won. Activate the draft first.',
      },
      order: {
        closed: 'This order is fulfilled or canceled and can no longer change.',
        already_locked: 'The prices of this order are already locked.',
        not_locked: 'The prices of this order are not locked.',
        fulfill_date_required: 'Enter the date the order was fulfilled.',
        invoice_canceled: 'A canceled order cannot be invoiced. Create an invoice directly instead.',
      },
      invoice: {
        read_only: 'Only an active invoice without payments can be edited.',
        not_payable: 'This invoice is already paid or canceled.',
        payment_positive: 'Enter a payment amount greater than zero.',
        overpaid: 'The payment is more than the {{outstanding}} still owed. Enter at most that amount.',
        cancel_with_payments: 'An invoice with payments cannot be canceled. Record the rest as paid instead.',
      },
    },
  },
  ru: {
    sales: {
      document: {
        percent_range: 'Введите процент от 0 до 100.',
      },
      catalog: {
        amount_required: 'Введите цену: этот метод ценообразования использует денежную сумму.',
        percent_required: 'Введите процент для этого метода ценообразования.',
        rounding_amount_required: 'Введите сумму округления или выберите «Без округления».',
        quantity_negative: 'Введите количество не меньше нуля.',
        base_unit_kept:
          'Базовую единицу группы удалить нельзя: через неё определены остальные единицы. Переименуйте её.',
        base_unit_fixed: 'Базовая единица равна одной себе. Определяйте другие единицы как количество базовой.',
        unit_other_group: 'Выберите единицу той же группы единиц.',
        family_self: 'Продукт не может быть собственным семейством.',
        parent_not_family: 'Выберите семейство продуктов (продукт со структурой «Семейство»).',
        unit_not_of_product: 'Выберите единицу из группы единиц продукта.',
        item_duplicate: 'В этом прайс-листе уже есть цена продукта в этой единице. Измените существующую позицию.',
        discount_currency:
          'Скидочный список в суммах должен быть в валюте прайс-листа ({{currency}}), а не {{discountCurrency}}.',
        discount_needs_currency: 'Скидочному списку в суммах нужна валюта. Выберите валюту сумм.',
        bundle_self: 'Комплект не может содержать сам себя.',
        not_a_bundle: 'Позиции комплекта бывают только у продукта со структурой «Комплект».',
      },
      lines: {
        not_editable_opportunity: 'Продукты закрытой возможной сделки менять нельзя. Сначала откройте её повторно.',
        not_editable_quote:
          'Продукты можно менять только в черновике предложения. Пересмотрите предложение, чтобы получить новый черновик.',
        not_editable_sales_order: 'Продукты выполненного или отменённого заказа менять нельзя.',
        not_editable_invoice: 'Продукты можно менять только в активном счёте без оплат.',
        product_retired: 'Продукт «{{product}}» снят с продажи. Выберите другой продукт.',
        product_draft:
          'Продукт «{{product}}» ещё черновик, и продавать его пока нельзя. Установите в форме продукта состояние «Активный» или выберите другой продукт.',
      },
      settings: {
        unknown_currency: 'Валюта {{currency}} неизвестна. Выберите валюту из списка.',
        rate_invalid: 'Введите курс {{currency}} числом больше нуля, не более 4 знаков после запятой.',
        unknown_stage:
          'Стадии продаж «{{stage}}» нет. Сначала добавьте или переименуйте стадии в списке стадий («Изменить стадии»), затем задайте вероятности.',
        no_rate:
          'Нет курса для {{currency}}. Укажите, сколько {{currency}} в одном {{base}}, в разделе «Параметры», «Продажи».',
      },
      lead: {
        use_commands:
          'Интерес становится квалифицированным или дисквалифицированным только командами «Квалифицировать» и «Дисквалифицировать». Используйте их вместо смены состояния.',
        no_company:
          'У интереса нет названия организации, поэтому организацию из него создать нельзя. Введите название или выберите существующую организацию.',
        no_name:
          'У интереса нет ни имени, ни фамилии, поэтому контакт из него создать нельзя. Введите имя или выберите существующий контакт.',
        no_customer:
          'Возможной сделке нужен клиент. Создайте или выберите организацию или контакт либо не создавайте сделку.',
        read_only: 'Этот интерес закрыт и доступен только для чтения. Откройте его повторно, чтобы изменить.',
        not_open:
          'Квалифицировать, дисквалифицировать или сменить состояние можно только у открытого интереса (новый или связались). Сначала откройте его повторно.',
        disqualify_reason_required:
          'Укажите причину дисквалификации: потерян, не удаётся связаться, больше не интересуется или отменён.',
        already_open: 'Этот интерес уже открыт; открывать повторно нечего.',
      },
      opportunity: {
        revenue_calculated:
          'Предполагаемый доход рассчитывается по продуктам. Измените продукты или переключите доход на «Указан пользователем».',
        open_quotes:
          'У этой возможной сделки открытых предложений: {{count, number}}. Подтвердите, что они закрываются вместе с ней.',
        stages_empty: 'В процессе продаж должна быть хотя бы одна стадия.',
        stage_name_required: 'У каждой стадии продаж должно быть название.',
        stage_duplicate: 'Стадия «{{stage}}» указана дважды. Дайте каждой стадии своё название.',
        probability_range: 'Вероятность стадии «{{stage}}» должна быть целым числом от 0 до 100.',
        read_only: 'Эта возможная сделка закрыта и доступна только для чтения. Откройте её повторно, чтобы изменить.',
        closed: 'Эта возможная сделка уже закрыта. Сначала откройте её повторно.',
        unknown_stage: 'Стадии продаж «{{stage}}» нет. Выберите одну из настроенных стадий.',
        close_date_required: 'Укажите фактическую дату закрытия.',
        revenue_invalid:
          'Укажите фактический доход — сумму не меньше нуля — или оставьте поле пустым, чтобы взять оценку.',
        loss_reason_required: 'Укажите причину проигрыша: отменена или выиграна конкурентом.',
        already_open: 'Эта возможная сделка уже открыта; открывать повторно нечего.',
      },
      quote: {
        effective_dates:
          'Предложение заканчивается раньше, чем начинается. Выберите дату окончания не раньше даты начала.',
        locked: 'Это предложение активно и заблокировано. Пересмотрите его, чтобы внести изменения.',
        closed: 'Это предложение закрыто и доступно только для чтения. Пересмотрите его, чтобы создать новый черновик.',
        activate_only_draft: 'Активировать можно только черновик предложения.',
        lose_only_active: 'Проигранным можно отметить только активное предложение. Черновик вместо этого закройте.',
        already_closed: 'Это предложение уже выиграно, проиграно или закрыто.',
        revise_draft: 'Черновик предложения изменяется напрямую; пересматривать его не нужно.',
        revise_won:
          'Выигранное предложение нельзя пересмотреть — из него уже создан заказ. Создайте новое предложение.',
        convert_lost:
          'Из проигранного предложения нельзя создать заказ. Пересмотрите его, активируйте новую редакцию и отметьте её выигранной.',
        win_only_active: 'Выигранным можно отметить только активное предложение. Сначала активируйте черновик.',
      },
      order: {
        closed: 'Этот заказ выполнен или отменён и больше не изменяется.',
        already_locked: 'Цены этого заказа уже заблокированы.',
        not_locked: 'Цены этого заказа не заблокированы.',
        fulfill_date_required: 'Укажите дату выполнения заказа.',
        invoice_canceled: 'По отменённому заказу нельзя выставить счёт. Создайте счёт напрямую.',
      },
      invoice: {
        read_only: 'Изменять можно только активный счёт без оплат.',
        not_payable: 'Этот счёт уже оплачен или отменён.',
        payment_positive: 'Укажите сумму оплаты больше нуля.',
        overpaid: 'Оплата больше оставшегося долга {{outstanding}}. Укажите не больше этой суммы.',
        cancel_with_payments: 'Счёт с оплатами нельзя отменить. Вместо этого отметьте остаток оплаченным.',
      },
    },
  },
  fa: {
    sales: {
      document: {
        percent_range: 'درصدی از ۰ تا ۱۰۰ وارد کنید.',
      },
      catalog: {
        amount_required: 'قیمت را وارد کنید: این روش قیمت‌گذاری مبلغ پولی به کار می‌برد.',
        percent_required: 'درصدی را که این روش قیمت‌گذاری اعمال می‌کند وارد کنید.',
        rounding_amount_required: 'مبلغ گرد کردن را وارد کنید یا «بدون گرد کردن» را انتخاب کنید.',
        quantity_negative: 'مقداری برابر صفر یا بیشتر وارد کنید.',
        base_unit_kept:
          'واحد پایهٔ گروه واحد را نمی‌توان حذف کرد؛ واحدهای دیگر بر پایهٔ آن تعریف شده‌اند. نامش را تغییر دهید.',
        base_unit_fixed: 'واحد پایه برابر یکی از خودش است. واحدهای دیگر را به‌صورت مقداری از آن تعریف کنید.',
        unit_other_group: 'واحدی از همان گروه واحد انتخاب کنید.',
        family_self: 'محصول نمی‌تواند خانوادهٔ خودش باشد.',
        parent_not_family: 'یک خانوادهٔ محصول (محصولی با ساختار «خانواده») انتخاب کنید.',
        unit_not_of_product: 'واحدی از گروه واحد محصول انتخاب کنید.',
        item_duplicate: 'این فهرست قیمت از پیش قیمت این محصول را در این واحد دارد. همان قلم را ویرایش کنید.',
        discount_currency: 'فهرست تخفیف مبلغی باید به ارز فهرست قیمت ({{currency}}) باشد، نه {{discountCurrency}}.',
        discount_needs_currency: 'فهرست تخفیف مبلغی به ارز نیاز دارد. ارز مبالغ آن را انتخاب کنید.',
        bundle_self: 'بسته نمی‌تواند خودش را در بر داشته باشد.',
        not_a_bundle: 'فقط محصولی با ساختار «بسته» اقلام بسته دارد.',
      },
      lines: {
        not_editable_opportunity: 'محصولات فرصت فروش بسته‌شده تغییر نمی‌کنند. نخست آن را دوباره باز کنید.',
        not_editable_quote:
          'فقط محصولات پیش‌نویس پیش‌فاکتور تغییر می‌کنند. برای پیش‌نویس تازه، پیش‌فاکتور را بازبینی کنید.',
        not_editable_sales_order: 'محصولات سفارش انجام‌شده یا لغوشده تغییر نمی‌کنند.',
        not_editable_invoice: 'فقط محصولات فاکتور فعالِ بدون پرداخت تغییر می‌کنند.',
        product_retired: '«{{product}}» از فروش خارج شده است. محصول دیگری انتخاب کنید.',
        product_draft:
          '«{{product}}» هنوز پیش‌نویس است و فعلاً فروخته نمی‌شود. در فرم محصول وضعیت آن را «فعال» کنید یا محصول دیگری انتخاب کنید.',
      },
      settings: {
        unknown_currency: 'ارز {{currency}} شناخته نیست. یکی را از فهرست انتخاب کنید.',
        rate_invalid: 'نرخ ارز {{currency}} را عددی بزرگ‌تر از صفر با حداکثر ۴ رقم اعشار وارد کنید.',
        unknown_stage:
          'مرحلهٔ فروشی با نام «{{stage}}» وجود ندارد. ابتدا مراحل را در فهرست مراحل («ویرایش مراحل») اضافه یا تغییر نام دهید، سپس احتمال آن‌ها را تعیین کنید.',
        no_rate:
          'برای {{currency}} نرخ ارزی نیست. در تنظیمات، بخش فروش، وارد کنید چند {{currency}} برابر یک {{base}} است.',
      },
      lead: {
        use_commands:
          'سرنخ فقط با فرمان «واجد شرایط کردن» یا «رد صلاحیت» واجد شرایط یا رد می‌شود. به‌جای تغییر وضعیت از این فرمان‌ها استفاده کنید.',
        no_company:
          'سرنخ نام شرکت ندارد، پس نمی‌توان از آن حساب ساخت. نام شرکت را وارد کنید یا حسابی موجود را پیوند دهید.',
        no_name:
          'سرنخ نام یا نام خانوادگی ندارد، پس نمی‌توان از آن مخاطب ساخت. نامی وارد کنید یا مخاطبی موجود را پیوند دهید.',
        no_customer: 'فرصت فروش به مشتری نیاز دارد. حساب یا مخاطبی بسازید یا پیوند دهید، یا فرصت فروش نسازید.',
        read_only: 'این سرنخ بسته و فقط‌خواندنی است. برای تغییر، آن را دوباره فعال کنید.',
        not_open:
          'فقط سرنخ باز (جدید یا تماس‌گرفته‌شده) را می‌توان واجد شرایط یا فاقد شرایط کرد یا وضعیتش را تغییر داد. ابتدا آن را دوباره فعال کنید.',
        disqualify_reason_required:
          'دلیل رد سرنخ را انتخاب کنید: از دست رفته، تماس ممکن نیست، دیگر علاقه‌مند نیست یا لغو شده.',
        already_open: 'این سرنخ از قبل باز است؛ چیزی برای فعال‌سازی دوباره نیست.',
      },
      opportunity: {
        revenue_calculated:
          'درآمد برآوردی از ردیف‌های محصول محاسبه می‌شود. ردیف‌ها را تغییر دهید یا درآمد را روی «واردشده توسط کاربر» بگذارید.',
        open_quotes: 'این فرصت فروش {{count, number}} پیش‌فاکتور باز دارد. تأیید کنید که همراه آن بسته شوند.',
        stages_empty: 'فرایند فروش دست‌کم به یک مرحله نیاز دارد.',
        stage_name_required: 'هر مرحلهٔ فروش باید نام داشته باشد.',
        stage_duplicate: 'مرحلهٔ «{{stage}}» دو بار آمده است. به هر مرحله نامی جداگانه بدهید.',
        probability_range: 'احتمال مرحلهٔ «{{stage}}» باید عددی صحیح از ۰ تا ۱۰۰ باشد.',
        read_only: 'این فرصت فروش بسته و فقط‌خواندنی است. برای تغییر، آن را دوباره باز کنید.',
        closed: 'این فرصت فروش از قبل بسته شده است. ابتدا آن را دوباره باز کنید.',
        unknown_stage: 'مرحلهٔ فروش «{{stage}}» وجود ندارد. یکی از مراحل تعریف‌شده را انتخاب کنید.',
        close_date_required: 'تاریخ واقعی بستن را وارد کنید.',
        revenue_invalid:
          'درآمد واقعی را به‌صورت مبلغی برابر صفر یا بیشتر وارد کنید، یا برای استفاده از برآورد خالی بگذارید.',
        loss_reason_required: 'دلیل از دست رفتن فرصت را انتخاب کنید: لغو شده یا برندهٔ رقیب.',
        already_open: 'این فرصت فروش از قبل باز است؛ چیزی برای باز کردن دوباره نیست.',
      },
      quote: {
        effective_dates: 'پایان پیش‌فاکتور پیش از آغاز آن است. تاریخ پایانی برابر یا پس از تاریخ آغاز انتخاب کنید.',
        locked: 'این پیش‌فاکتور فعال و قفل است. برای تغییر، آن را بازنگری کنید.',
        closed: 'این پیش‌فاکتور بسته و فقط‌خواندنی است. برای ساختن پیش‌نویس تازه، آن را بازنگری کنید.',
        activate_only_draft: 'فقط پیش‌نویس پیش‌فاکتور را می‌توان فعال کرد.',
        lose_only_active: 'فقط پیش‌فاکتور فعال را می‌توان از دست‌رفته ثبت کرد. پیش‌نویس را به‌جای آن ببندید.',
        already_closed: 'این پیش‌فاکتور از قبل برنده، از دست رفته یا بسته شده است.',
        revise_draft: 'پیش‌نویس پیش‌فاکتور مستقیماً ویرایش می‌شود؛ نیازی به بازنگری نیست.',
        revise_won: 'پیش‌فاکتور برنده را نمی‌توان بازنگری کرد؛ به سفارش تبدیل شده است. پیش‌فاکتور تازه‌ای بسازید.',
        convert_lost:
          'پیش‌فاکتور از دست‌رفته به سفارش تبدیل نمی‌شود. آن را بازنگری کنید، نسخهٔ تازه را فعال کنید و آن را برنده ثبت کنید.',
        win_only_active: 'فقط پیش‌فاکتور فعال را می‌توان برنده ثبت کرد. ابتدا پیش‌نویس را فعال کنید.',
      },
      order: {
        closed: 'این سفارش انجام یا لغو شده است و دیگر تغییر نمی‌کند.',
        already_locked: 'قیمت‌های این سفارش از قبل قفل شده‌اند.',
        not_locked: 'قیمت‌های این سفارش قفل نیستند.',
        fulfill_date_required: 'تاریخ انجام سفارش را وارد کنید.',
        invoice_canceled: 'برای سفارش لغوشده نمی‌توان فاکتور صادر کرد. فاکتور را مستقیماً بسازید.',
      },
      invoice: {
        read_only: 'فقط فاکتور فعالِ بدون پرداخت را می‌توان ویرایش کرد.',
        not_payable: 'این فاکتور از قبل پرداخت یا لغو شده است.',
        payment_positive: 'مبلغ پرداخت را بیشتر از صفر وارد کنید.',
        overpaid: 'پرداخت از مبلغ باقی‌ماندهٔ {{outstanding}} بیشتر است. حداکثر همین مبلغ را وارد کنید.',
        cancel_with_payments: 'فاکتوری که پرداخت دارد لغو نمی‌شود. به‌جای آن، باقی‌مانده را پرداخت‌شده ثبت کنید.',
      },
    },
  },
});
