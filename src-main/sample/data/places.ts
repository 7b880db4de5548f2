/**
 * Real cities as "name|state or province|phone area code|postal prefixes|Latin
 * name" (the last only where the script is not Latin or Cyrillic).
 * Postal prefixes are the leading digits (or UK outward codes, Canadian
 * forward sortation areas) that the city's postal codes really start with.
 * Bigger cities come first: they are drawn more often.
 */
export const CITIES = {
  US: [
    'New York|NY|212|100 101 102',
    'Los Angeles|CA|213|900',
    'Chicago|IL|312|606',
    'Houston|TX|713|770',
    'Phoenix|AZ|602|850',
    'Philadelphia|PA|215|191',
    'San Antonio|TX|210|782',
    'San Diego|CA|619|921',
    'Dallas|TX|214|752',
    'Austin|TX|512|787',
    'Seattle|WA|206|981',
    'Denver|CO|303|802',
    'Boston|MA|617|021',
    'Atlanta|GA|404|303',
    'Miami|FL|305|331',
    'Portland|OR|503|972',
    'Minneapolis|MN|612|554',
    'Nashville|TN|615|372',
    'Columbus|OH|614|432',
    'Salt Lake City|UT|801|841',
    'Raleigh|NC|919|276',
    'Kansas City|MO|816|641',
    'Pittsburgh|PA|412|152',
    'Sacramento|CA|916|958',
    'Albuquerque|NM|505|871',
  ],
  GB: [
    'London|England|20|EC1A EC2M SW1A W1D E14 N1 SE1',
    'Manchester|England|161|M1 M2 M3',
    'Birmingham|England|121|B1 B3',
    'Leeds|England|113|LS1 LS2',
    'Glasgow|Scotland|141|G1 G2',
    'Edinburgh|Scotland|131|EH1 EH2',
    'Bristol|England|117|BS1 BS2',
    'Liverpool|England|151|L1 L2',
    'Cardiff|Wales|29|CF10',
    'Belfast|Northern Ireland|28|BT1',
    'Sheffield|England|114|S1',
    'Nottingham|England|115|NG1',
    'Newcastle upon Tyne|England|191|NE1',
    'Cambridge|England|1223|CB1 CB2',
    'Oxford|England|1865|OX1 OX2',
  ],
  CA: [
    'Toronto|ON|416|M5V M4W M6G M5H',
    'Vancouver|BC|604|V6B V5K V6E',
    'Montréal|QC|514|H2X H3B H2Y',
    'Calgary|AB|403|T2P T3A',
    'Ottawa|ON|613|K1P K2P',
    'Edmonton|AB|780|T5J',
    'Winnipeg|MB|204|R3C',
    'Québec|QC|418|G1R',
    'Halifax|NS|902|B3H',
    'Victoria|BC|250|V8W',
  ],
  AU: [
    'Sydney|NSW|2|20',
    'Melbourne|VIC|3|30',
    'Brisbane|QLD|7|40',
    'Perth|WA|8|60',
    'Adelaide|SA|8|50',
    'Canberra|ACT|2|26',
    'Gold Coast|QLD|7|42',
    'Newcastle|NSW|2|23',
    'Hobart|TAS|3|70',
    'Darwin|NT|8|08',
  ],
  DE: [
    'Berlin|Berlin|30|10 12 13',
    'Hamburg|Hamburg|40|20 22',
    'München|Bayern|89|80 81',
    'Köln|Nordrhein-Westfalen|221|50 51',
    'Frankfurt am Main|Hessen|69|60',
    'Stuttgart|Baden-Württemberg|711|70',
    'Düsseldorf|Nordrhein-Westfalen|211|40',
    'Leipzig|Sachsen|341|04',
    'Dortmund|Nordrhein-Westfalen|231|44',
    'Essen|Nordrhein-Westfalen|201|45',
    'Bremen|Bremen|421|28',
    'Dresden|Sachsen|351|01',
    'Hannover|Niedersachsen|511|30',
    'Nürnberg|Bayern|911|90',
    'Bonn|Nordrhein-Westfalen|228|53',
    'Freiburg im Breisgau|Baden-Württemberg|761|79',
  ],
  FR: [
    'Paris|Île-de-France|1|750',
    'Marseille|Provence-Alpes-Côte d’Azur|4|130',
    'Lyon|Auvergne-Rhône-Alpes|4|690',
    'Toulouse|Occitanie|5|310',
    'Nice|Provence-Alpes-Côte d’Azur|4|060',
    'Nantes|Pays de la Loire|2|440',
    'Strasbourg|Grand Est|3|670',
    'Montpellier|Occitanie|4|340',
    'Bordeaux|Nouvelle-Aquitaine|5|330',
    'Lille|Hauts-de-France|3|590',
    'Rennes|Bretagne|2|350',
  ],
  RU: [
    'Москва|Москва|495|101 107 115 123 125 127',
    'Санкт-Петербург|Санкт-Петербург|812|190 191 194 196 197',
    'Новосибирск|Новосибирская область|383|630',
    'Екатеринбург|Свердловская область|343|620',
    'Казань|Республика Татарстан|843|420',
    'Нижний Новгород|Нижегородская область|831|603',
    'Самара|Самарская область|846|443',
    'Ростов-на-Дону|Ростовская область|863|344',
    'Краснодар|Краснодарский край|861|350',
    'Воронеж|Воронежская область|473|394',
    'Пермь|Пермский край|342|614',
    'Уфа|Республика Башкортостан|347|450',
    'Красноярск|Красноярский край|391|660',
    'Владивосток|Приморский край|423|690',
    'Калининград|Калининградская область|4012|236',
  ],
  IR: [
    'تهران|تهران|21|13 14 15 19|Tehran',
    'مشهد|خراسان رضوی|51|91|Mashhad',
    'اصفهان|اصفهان|31|81|Isfahan',
    'کرج|البرز|26|31|Karaj',
    'شیراز|فارس|71|71|Shiraz',
    'تبریز|آذربایجان شرقی|41|51|Tabriz',
    'قم|قم|25|37|Qom',
    'اهواز|خوزستان|61|61|Ahvaz',
    'کرمانشاه|کرمانشاه|83|67|Kermanshah',
    'رشت|گیلان|13|41|Rasht',
    'یزد|یزد|35|89|Yazd',
    'کرمان|کرمان|34|76|Kerman',
  ],
} as const;

/** Street names; the country's format adds house numbers and street types. */
export const STREETS = {
  US: `Main Oak Maple Cedar Pine Elm Washington Lake Hill Park Sunset Lincoln Jefferson Madison Franklin River
    Highland Spring Ridge Market Church Center Broad Union Walnut Chestnut Willow Valley Meadow Forest`,
  GB: `High Station Church Victoria Mill Queen King Park London Albert Green Manor York Castle Bridge Chapel
    Grange Kingsway Mount Orchard`,
  CA: `King Queen Yonge Bay Granville Robson Bloor Dundas Main Elgin Wellington Portage Jasper Spring Maple Oak`,
  AU: `George Pitt Collins Bourke Queen Elizabeth Hay Murray King Flinders Adelaide Ann Edward Swanston`,
  DE: `Hauptstraße Bahnhofstraße Schulstraße Gartenstraße Dorfstraße Bergstraße Kirchstraße Lindenstraße Waldstraße
    Goethestraße Schillerstraße Friedrichstraße Mozartstraße Parkstraße Ringstraße Industriestraße Königsallee
    Kaiserstraße Marktplatz Am_Markt Im_Gewerbepark Rosenweg`,
  FR: `rue_de_la_République rue_Victor_Hugo avenue_Jean_Jaurès boulevard_Haussmann rue_du_Moulin place_de_la_Gare
    rue_Pasteur avenue_de_la_Liberté rue_des_Écoles quai_Voltaire rue_Nationale avenue_Foch rue_Gambetta
    rue_de_Paris rue_Saint-Honoré cours_Mirabeau`,
  RU: `ул._Ленина ул._Садовая пр-т_Мира ул._Гагарина ул._Пушкина ул._Советская ул._Молодёжная ул._Центральная
    ул._Школьная ул._Лесная ул._Набережная ул._Заводская Ленинградский_пр-т ул._Октябрьская ул._Профсоюзная
    ул._Тверская`,
  IR: `خیابان_ولیعصر خیابان_انقلاب خیابان_آزادی بلوار_کشاورز خیابان_شریعتی خیابان_مطهری خیابان_فردوسی
    خیابان_حافظ بلوار_میرداماد خیابان_جمهوری خیابان_سعدی خیابان_بهار خیابان_ستارخان بلوار_فرحزادی`,
} as const;

export const STREET_TYPES = {
  US: ['St', 'Ave', 'Rd', 'Blvd', 'Dr', 'Ln', 'Way'],
  GB: ['Street', 'Road', 'Lane', 'Avenue', 'Close', 'Gardens'],
  CA: ['Street', 'Avenue', 'Road', 'Drive'],
  AU: ['Street', 'Road', 'Parade', 'Terrace'],
} as const;
