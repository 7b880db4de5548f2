import type { INDUSTRIES } from '../../../src-shared/entities';

export type Industry = (typeof INDUSTRIES)[number];

/** What a company of the industry calls itself, per language ("Summit Construction"). */
export const INDUSTRY_NOUNS: Readonly<Record<'en' | 'de' | 'fr', Readonly<Record<Industry, readonly string[]>>>> = {
  en: {
    accounting: ['Accounting', 'Tax Advisors', 'Bookkeeping', 'CPAs'],
    agriculture: ['Farms', 'Agri Supply', 'Growers', 'Orchards'],
    construction: ['Construction', 'Builders', 'Contracting', 'Roofing'],
    consulting: ['Consulting', 'Advisory', 'Strategy Group', 'Management Consultants'],
    education: ['Academy', 'Learning Center', 'Tutoring', 'Training Institute'],
    finance: ['Capital', 'Financial', 'Wealth Management', 'Lending'],
    healthcare: ['Medical Group', 'Dental Care', 'Health Clinic', 'Physiotherapy'],
    hospitality: ['Hotel', 'Catering', 'Bistro', 'Events'],
    insurance: ['Insurance', 'Insurance Brokers', 'Assurance', 'Risk Partners'],
    manufacturing: ['Manufacturing', 'Industries', 'Fabrication', 'Machine Works'],
    media: ['Media', 'Studios', 'Publishing', 'Creative'],
    real_estate: ['Realty', 'Properties', 'Real Estate', 'Property Management'],
    retail: ['Outfitters', 'Home Goods', 'Boutique', 'Stores'],
    technology: ['Software', 'Technologies', 'Systems', 'Labs'],
    transportation: ['Logistics', 'Freight', 'Transport', 'Couriers'],
    wholesale: ['Wholesale', 'Distributors', 'Trading', 'Supply'],
    other: ['Services', 'Group', 'Solutions', 'Enterprises'],
  },
  de: {
    accounting: ['Steuerberatung', 'Buchhaltung'],
    agriculture: ['Agrar', 'Landhandel'],
    construction: ['Bau', 'Bauunternehmen', 'Dachbau'],
    consulting: ['Consulting', 'Unternehmensberatung'],
    education: ['Akademie', 'Bildungszentrum'],
    finance: ['Finanz', 'Vermögensberatung'],
    healthcare: ['Medizintechnik', 'Praxisbedarf', 'Pflegedienst'],
    hospitality: ['Hotel', 'Gastronomie', 'Catering'],
    insurance: ['Versicherungsmakler', 'Assekuranz'],
    manufacturing: ['Maschinenbau', 'Metallbau', 'Werkzeugbau'],
    media: ['Medien', 'Verlag', 'Werbeagentur'],
    real_estate: ['Immobilien', 'Hausverwaltung'],
    retail: ['Handel', 'Einzelhandel'],
    technology: ['Software', 'IT-Systeme', 'Datentechnik'],
    transportation: ['Logistik', 'Spedition', 'Transporte'],
    wholesale: ['Großhandel', 'Vertrieb'],
    other: ['Service', 'Dienstleistungen'],
  },
  fr: {
    accounting: ['Expertise Comptable', 'Comptabilité'],
    agriculture: ['Agri', 'Coopérative Agricole'],
    construction: ['Bâtiment', 'Construction', 'Travaux'],
    consulting: ['Conseil', 'Stratégie'],
    education: ['Formation', 'Académie'],
    finance: ['Finance', 'Gestion de Patrimoine'],
    healthcare: ['Santé', 'Médical'],
    hospitality: ['Hôtellerie', 'Traiteur'],
    insurance: ['Assurances', 'Courtage'],
    manufacturing: ['Industrie', 'Mécanique'],
    media: ['Médias', 'Éditions', 'Communication'],
    real_estate: ['Immobilier'],
    retail: ['Distribution', 'Boutique'],
    technology: ['Informatique', 'Logiciels', 'Numérique'],
    transportation: ['Transports', 'Logistique'],
    wholesale: ['Négoce', 'Grossiste'],
    other: ['Services'],
  },
};

export const EN_ADJECTIVES = `Summit Pioneer Evergreen Liberty Heritage Keystone Frontier Pinnacle Horizon Cornerstone
  Landmark Premier Sterling Coastal Lakeside Riverside Harbor Golden Silver Blue Granite Redwood Cedar Atlas Beacon
  Crescent Meridian Northern Southern Western Eastern Central Metro Urban Allied United Reliable Precision Apex
  Vanguard Legacy Trinity Patriot Crown Empire Royal Bright Clearview Highland Midland Prairie Sunrise Sunset Oak
  Maple Willow Aspen Bluebird Eagle Falcon Phoenix Lighthouse Ironwood Copper Canyon Summitview Orchard`;

/** Halves of invented trade names: "Bright" + "wave". */
export const TRADE_HEADS = `Bright Blue Clear Green Iron Silver Gold North South East West Red Sun Star Sky Stone
  Oak Pine River Lake Ocean High True Prime Swift Smart Next Nova Fair Wild Crystal Cloud Deep Far`;
export const TRADE_TAILS = `wave wind point path bridge field gate works line forge light view side crest ridge
  ford wood mark port leaf rock peak dale brook spring stream haven well`;

export const LEGAL_FORMS = {
  US: ['LLC', 'Inc.', 'Co.', 'Corp.'],
  GB: ['Ltd', 'Ltd', 'Limited', 'PLC'],
  CA: ['Inc.', 'Ltd.', 'Corp.'],
  AU: ['Pty Ltd'],
  DE: ['GmbH', 'GmbH', 'GmbH', 'AG', 'KG', 'GmbH & Co. KG', 'UG'],
  FR: ['SARL', 'SAS', 'SA'],
} as const;

export const DE_REGIONS = 'Nord Süd West Ost Rhein Elbe Main Alpen Hanse Spree Weser Isar Ruhr Taunus Harz Bodensee';
export const FR_REGIONS = `Atlantique Provence Alpes Bretagne Méditerranée Loire Rhône Normandie Azur Horizon Avenir
  Occitanie Vendée Aquitaine`;

/** Russian trade names are compounds: a head that hints at the trade and a common tail. */
export const RU_HEADS: Readonly<Record<Industry, readonly string[]>> = {
  accounting: ['Бух', 'Аудит', 'Учёт'],
  agriculture: ['Агро', 'Зерно', 'Нива'],
  construction: ['Строй', 'Монтаж', 'Бетон'],
  consulting: ['Консалт', 'Бизнес', 'Эксперт'],
  education: ['Учеб', 'Проф', 'Эрудит'],
  finance: ['Фин', 'Капитал', 'Кредит'],
  healthcare: ['Мед', 'Фарм', 'Здрав'],
  hospitality: ['Тур', 'Вояж', 'Гостин'],
  insurance: ['Страх', 'Гарант', 'Защита'],
  manufacturing: ['Пром', 'Маш', 'Мет'],
  media: ['Медиа', 'Пресс', 'Видео'],
  real_estate: ['Дом', 'Жил', 'Риэлт'],
  retail: ['Торг', 'Маркет', 'Шоп'],
  technology: ['Техно', 'Софт', 'Инфо'],
  transportation: ['Транс', 'Логист', 'Авто'],
  wholesale: ['Опт', 'Снаб', 'Дистриб'],
  other: ['Про', 'Уни', 'Мега'],
};
export const RU_TAILS = `инвест сервис пром снаб альянс трейд лайн групп систем комплект ресурс холдинг профи центр
  стандарт партнёр регион плюс`;
export const RU_FIXED = `Северный_ветер Белые_ночи Золотой_ключ Новый_век Русский_лес Зелёная_долина Волга Байкал
  Сибирь Восток Меридиан Вектор Альфа Гранит Созвездие Эталон Прогресс Авангард Ладога Енисей Кедр Рубикон`;
export const RU_FORMS = ['ООО', 'ООО', 'ООО', 'АО', 'ПАО'] as const;

/** Persian trade names pair a proud first word with what the company does ("Pars Sanat"). */
export const FA_HEADS = `Pars=پارس Arya=آریا Sepehr=سپهر Alborz=البرز Zagros=زاگرس Kavir=کویر Novin=نوین
  Pishro=پیشرو Aftab=آفتاب Setareh=ستاره Kowsar=کوثر Tous=توس Mehr=مهر Arman=آرمان Hamoon=هامون Damavand=دماوند
  Kish=کیش Nik=نیک Behin=بهین Atlas=اطلس Rayan=رایان Padideh=پدیده Ofogh=افق Iran=ایران Kian=کیان Hirad=هیراد
  Nasim=نسیم Ava=آوا Mehrgan=مهرگان Parsian=پارسیان Nour=نور Asia=آسیا Kimia=کیمیا Pegah=پگاه Shahab=شهاب`;
export const FA_TAILS: Readonly<Record<Industry, string>> = {
  accounting: 'Hesab=حساب Tadbir=تدبیر Daftar=دفتر',
  agriculture: 'Kesht=کشت Mazraeh=مزرعه Sabz=سبز',
  construction: 'Sazeh=سازه Omran=عمران Bana=بنا',
  consulting: 'Andisheh=اندیشه Moshaver=مشاور Rahbord=راهبرد',
  education: 'Amoozesh=آموزش Danesh=دانش Pooya=پویا',
  finance: 'Sarmayeh=سرمایه Etebar=اعتبار Tamin=تامین',
  healthcare: 'Teb=طب Darman=درمان Salamat=سلامت',
  hospitality: 'Safar=سفر Gasht=گشت Mehman=میهمان',
  insurance: 'Hami=حامی Imen=ایمن Bimeh=بیمه',
  manufacturing: 'Sanat=صنعت Felez=فلز Tolid=تولید',
  media: 'Resaneh=رسانه Tasvir=تصویر Nashr=نشر',
  real_estate: 'Melk=ملک Maskan=مسکن Sakhteman=ساختمان',
  retail: 'Bazar=بازار Forooshgah=فروشگاه Kala=کالا',
  technology: 'Dadeh=داده Rayaneh=رایانه Fanavar=فناور',
  transportation: 'Tarabar=ترابر Haml=حمل Bar=بار',
  wholesale: 'Tejarat=تجارت Bazargan=بازرگان Pakhsh=پخش',
  other: 'Gostar=گستر Khadamat=خدمات Pardaz=پرداز',
};
