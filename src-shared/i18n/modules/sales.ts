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
      lead: {
        read_only: 'This lead is closed and read-only. Reactivate it to make changes.',
        not_open:
          'Only an open lead (new or contacted) can be qualified, disqualified or have its status changed. Reactivate it first.',
        disqualify_reason_required:
          'Choose why the lead is disqualified: lost, cannot contact, no longer interested or canceled.',
        already_open: 'This lead is already open; there is nothing to reactivate.',
      },
      opportunity: {
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
      lead: {
        read_only: 'Этот интерес закрыт и доступен только для чтения. Откройте его повторно, чтобы изменить.',
        not_open:
          'Квалифицировать, дисквалифицировать или сменить состояние можно только у открытого интереса (новый или связались). Сначала откройте его повторно.',
        disqualify_reason_required:
          'Укажите причину дисквалификации: потерян, не удаётся связаться, больше не интересуется или отменён.',
        already_open: 'Этот интерес уже открыт; открывать повторно нечего.',
      },
      opportunity: {
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
      lead: {
        read_only: 'این سرنخ بسته و فقط‌خواندنی است. برای تغییر، آن را دوباره فعال کنید.',
        not_open:
          'فقط سرنخ باز (جدید یا تماس‌گرفته‌شده) را می‌توان واجد شرایط یا فاقد شرایط کرد یا وضعیتش را تغییر داد. ابتدا آن را دوباره فعال کنید.',
        disqualify_reason_required:
          'دلیل رد سرنخ را انتخاب کنید: از دست رفته، تماس ممکن نیست، دیگر علاقه‌مند نیست یا لغو شده.',
        already_open: 'این سرنخ از قبل باز است؛ چیزی برای فعال‌سازی دوباره نیست.',
      },
      opportunity: {
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
