// Hand-kept lists for the blind corpus generator (written for this generator, not taken
// from trygg-anon; see ../README.md for where each list comes from).  Names of people here
// are common given names and family names of the groups named, as found in public name
// statistics; the Ge'ez spellings are transliterations made for this generator.

// Nicknames and short forms used in Sweden (Swedish and immigrant-origin ones).
export const NICKNAMES = [
  'Memo', 'Abbe', 'Mo', 'Jonte', 'Mange', 'Micke', 'Robban', 'Totte', 'Ludde', 'Kevve',
  'Sebbe', 'Wille', 'Chrille', 'Jossan', 'Emmis', 'Tessan', 'Nettan', 'Sussie', 'Lisen',
  'Fia', 'Hampe', 'Isse', 'Jojje', 'Lelle', 'Oskis', 'Pelle', 'Olle', 'Kalle', 'Janne',
  'Lasse', 'Nisse', 'Benke', 'Ante', 'Bettan', 'Gittan', 'Lotta', 'Nillan', 'Ibbe',
  'Hamoudi', 'Moody', 'Abdi', 'Jimpa', 'Danne', 'Stickan', 'Tobbe', 'Pontan', 'Ebbe',
  'Svenne', 'Ullis', 'Vickan', 'Linnis', 'Majsan', 'Ellis', 'Idde', 'Ricke', 'Jocke',
  'Kenta', 'Mackan', 'Pata', 'Fredde', 'Anki', 'Kattis', 'Sanna', 'Mimmi', 'Zigge',
];

export const SOMALI_GIVEN = [
  'Abdirahman', 'Abdullahi', 'Abdirizak', 'Abdiqani', 'Abdiwali', 'Abdikarim', 'Mahad',
  'Maxamed', 'Cabdi', 'Cabdullahi', 'Xasan', 'Faarax', 'Guled', 'Liban', 'Mukhtar',
  'Hamse', 'Bashiir', 'Jaamac', 'Nuur', 'Khadar', 'Hodan', 'Hibo', 'Ayan', 'Nimco',
  'Sahra', 'Ikran', 'Hamdi', 'Najma', 'Filsan', 'Ilhan', 'Sagal', 'Hawo', 'Ubah', 'Muna',
  'Fadumo', 'Khadra', 'Deeqa', 'Istahil', 'Ifrah', 'Amran', 'Safiya', 'Zamzam', 'Ladan',
  'Idil', 'Asli', 'Hodo', 'Nasteexo', 'Xamdi', 'Sucaad', 'Warsan',
];
// Somali names are given name + father's name (+ grandfather's name).
export const SOMALI_FATHER = [
  'Warsame', 'Jama', 'Farah', 'Osman', 'Hassan', 'Aden', 'Mohamud', 'Yusuf', 'Hersi',
  'Egal', 'Dirie', 'Guleid', 'Samatar', 'Elmi', 'Ismail', 'Duale', 'Gedi', 'Hirsi',
  'Abdulle', 'Shire', 'Adan', 'Barre', 'Bile', 'Jibril', 'Nur', 'Omar', 'Abdi', 'Ahmed',
  'Muse', 'Cali', 'Xuseen', 'Cumar', 'Maxamuud', 'Aweys', 'Geedi', 'Qaasim',
];

export const TIGRINYA = [
  // [Latin, Ge'ez, given|father]
  ['Filmon', 'ፊልሞን', 'g'], ['Yonas', 'ዮናስ', 'g'], ['Merhawi', 'መርሃዊ', 'g'],
  ['Tesfay', 'ተስፋይ', 'g'], ['Habtom', 'ሃብቶም', 'g'], ['Yohannes', 'ዮሃንስ', 'g'],
  ['Robel', 'ሮቤል', 'g'], ['Dawit', 'ዳዊት', 'g'], ['Senai', 'ሰናይ', 'g'],
  ['Natnael', 'ናትናኤል', 'g'], ['Mebrahtu', 'መብራህቱ', 'g'], ['Yemane', 'የማነ', 'g'],
  ['Semere', 'ሰመረ', 'g'], ['Amanuel', 'ኣማኑኤል', 'g'], ['Biniam', 'ብንያም', 'g'],
  ['Henok', 'ሄኖክ', 'g'], ['Mussie', 'ሙሴ', 'g'], ['Selam', 'ሰላም', 'g'],
  ['Senait', 'ሰናይት', 'g'], ['Luwam', 'ሉዋም', 'g'], ['Saba', 'ሳባ', 'g'],
  ['Semhar', 'ሰምሃር', 'g'], ['Ruta', 'ሩታ', 'g'], ['Winta', 'ዊንታ', 'g'],
  ['Yordanos', 'ዮርዳኖስ', 'g'], ['Hiwet', 'ሕይወት', 'g'], ['Mizan', 'ሚዛን', 'g'],
  ['Feven', 'ፌቨን', 'g'], ['Rahel', 'ራሄል', 'g'], ['Meron', 'ሜሮን', 'g'],
  ['Aster', 'ኣስቴር', 'g'], ['Tsega', 'ጸጋ', 'g'], ['Almaz', 'ኣልማዝ', 'g'],
  ['Tesfamariam', 'ተስፋማርያም', 'f'], ['Ghebremedhin', 'ገብረመድህን', 'f'],
  ['Gebreyesus', 'ገብረየሱስ', 'f'], ['Tekle', 'ተኽለ', 'f'], ['Haile', 'ሃይለ', 'f'],
  ['Woldemichael', 'ወልደሚካኤል', 'f'], ['Mehari', 'መሓሪ', 'f'], ['Habte', 'ሃብተ', 'f'],
  ['Tewelde', 'ተወልደ', 'f'], ['Ghirmay', 'ግርማይ', 'f'], ['Asfaha', 'ኣስፍሃ', 'f'],
  ['Zerai', 'ዘርኣይ', 'f'], ['Negash', 'ነጋሽ', 'f'], ['Weldu', 'ወልዱ', 'f'],
  ['Okbay', 'ኦቕባይ', 'f'], ['Kidane', 'ኪዳነ', 'f'], ['Berhane', 'ብርሃነ', 'f'],
];

export const ARABIC_LATIN_GIVEN = [
  'Mohammed', 'Muhammad', 'Mohamad', 'Ahmad', 'Ahmed', 'Omar', 'Ali', 'Hassan', 'Hussein',
  'Khaled', 'Youssef', 'Yousef', 'Ibrahim', 'Mustafa', 'Hamza', 'Bilal', 'Karim', 'Tarek',
  'Rami', 'Samir', 'Nour', 'Fatima', 'Maryam', 'Zainab', 'Aisha', 'Leila', 'Layla', 'Rania',
  'Hiba', 'Yasmin', 'Amal', 'Huda', 'Dalia', 'Rasha', 'Salma', 'Lina', 'Mariam', 'Rawan',
  'Jana', 'Sham', 'Hala', 'Abdullah', 'Abdulrahman', 'Mahmoud', 'Ayham', 'Majd', 'Taim',
];
export const ARABIC_LATIN_FAMILY = [
  'Al-Hassan', 'Al-Ali', 'Abdullah', 'Hussein', 'Mahmoud', 'Khalil', 'Saleh', 'Haddad',
  'Ibrahim', 'Mustafa', 'Youssef', 'Nasser', 'Hamdan', 'Jaber', 'Aziz', 'Al-Jaburi',
  'Al-Obaidi', 'Al-Saadi', 'Rashid', 'Suleiman', 'Daher', 'Khoury', 'Mansour', 'Qasim',
  'Hamad', 'Alkhalil', 'Alhamdan', 'Al-Masri', 'Shamoun', 'Yacoub', 'Issa', 'Darwish',
];
// Arabic-script names (common ones; faker's ar locale supplies many more).
export const ARABIC_SCRIPT_EXTRA = [
  'محمد', 'أحمد', 'علي', 'عمر', 'فاطمة', 'مريم', 'زينب', 'نور', 'حسن', 'خالد', 'يوسف',
  'سارة', 'ليلى', 'العلي', 'الحسن', 'إبراهيم', 'مصطفى', 'حمزة', 'ياسمين', 'هبة',
];

export const PERSIAN_GIVEN = [
  'Parisa', 'Shirin', 'Darius', 'Arash', 'Kian', 'Navid', 'Reza', 'Mehdi', 'Nasrin', 'Yasaman',
  'Arvin', 'Artin', 'Dariush', 'Behnam', 'Shahram', 'Farhad', 'Mahsa', 'Negin', 'Roya',
  'Setareh', 'Mina', 'Shayan', 'Parsa', 'Bahar', 'Ladan', 'Golnaz', 'Babak', 'Kaveh',
  'Pegah', 'Soraya', 'Omid', 'Hamid', 'Fereshteh', 'Azadeh', 'Kamran', 'Hossein',
];
export const PERSIAN_FAMILY = [
  'Hosseini', 'Rezaei', 'Ahmadi', 'Karimi', 'Mohammadi', 'Jafari', 'Moradi', 'Rahimi',
  'Sadeghi', 'Ghorbani', 'Kazemi', 'Hashemi', 'Nazari', 'Amini', 'Rostami', 'Shirazi',
  'Tehrani', 'Farahani', 'Esfandiari', 'Bagheri', 'Sohrabi', 'Naderi', 'Habibi', 'Azizi',
];

export const KURDISH_GIVEN = [
  'Rebin', 'Shvan', 'Diyar', 'Zana', 'Hawre', 'Kawa', 'Soran', 'Rojin', 'Berivan', 'Shilan',
  'Hozan', 'Lana', 'Aso', 'Dilan', 'Roj', 'Zhina', 'Hawar', 'Rezan', 'Shirwan', 'Nazdar',
  'Karwan', 'Dlovan', 'Sivan', 'Zozan', 'Avin', 'Hevin', 'Baran', 'Helin', 'Berfin',
];
export const KURDISH_FAMILY = [
  'Qadir', 'Rashid', 'Mahmud', 'Abdulla', 'Karim', 'Hama', 'Jalal', 'Salih', 'Aziz',
  'Muhammed', 'Ahmad', 'Amin', 'Bakir', 'Faraj', 'Hawrami', 'Kurdi', 'Sharif', 'Tahir',
];

export const TURKISH_GIVEN = [
  'Mehmet', 'Emre', 'Burak', 'Yusuf', 'Deniz', 'Elif', 'Zeynep', 'Ayşe', 'Merve', 'Esra',
  'Büşra', 'Hatice', 'Murat', 'Hakan', 'Serkan', 'Kaan', 'Berk', 'Ömer', 'Eren', 'Yiğit',
  'Selin', 'Ebru', 'Gülşen', 'Şeyma', 'İlknur', 'Özlem', 'Tuğba', 'Çağla', 'Oğuz', 'Gökhan',
];

export const BOSNIAN_GIVEN = [
  'Amir', 'Emir', 'Edin', 'Adnan', 'Mirza', 'Haris', 'Alen', 'Senad', 'Jasmin', 'Amela',
  'Lejla', 'Amra', 'Ajla', 'Merima', 'Dženana', 'Emina', 'Nermina', 'Dino', 'Tarik', 'Kenan',
  'Almir', 'Elvir', 'Samir', 'Azra', 'Aida', 'Selma', 'Irma', 'Edina',
];
export const BOSNIAN_FAMILY = [
  'Hodžić', 'Hadžić', 'Begić', 'Delić', 'Kovačević', 'Mehmedović', 'Hasanović', 'Salihović',
  'Mujić', 'Ibrahimović', 'Omerović', 'Hrustić', 'Alić', 'Husić', 'Suljić', 'Mešić',
  'Karić', 'Dedić', 'Smajić', 'Softić', 'Zukić', 'Čolić', 'Bešić', 'Muratović',
];

// Given names that are also ordinary Swedish words (checked against the Debian word list at
// run time): used as NAMES in a person context and as ordinary WORDS elsewhere.
export const WORD_NAMES = [
  'Ros', 'Sten', 'Bo', 'Klara', 'Björn', 'Stig', 'Signe', 'Viola', 'Saga', 'Ester', 'Rut',
  'Dag', 'Liv', 'Vilja', 'Tindra', 'Lo', 'Lina', 'Ebba', 'Lisa', 'Albin', 'Bror',
];
// Family names that are ordinary words (place or nature words).
export const WORD_SURNAMES = [
  'Ek', 'Berg', 'Lund', 'Strand', 'Björk', 'Alm', 'Gran', 'Ask', 'Sol', 'Vide', 'Sjö',
  'Dal', 'Hed', 'Kvist', 'Lind', 'Rosen', 'Säll', 'Bäck', 'Falk', 'Örn', 'Svan',
];

// Places.  Ordinary Swedish towns and suburbs (kept), places that are also given or family
// names (kept after a place cue), and the area of the example municipality.
export const PLACES = [
  'Göteborg', 'Stockholm', 'Malmö', 'Uppsala', 'Västerås', 'Örebro', 'Linköping',
  'Helsingborg', 'Jönköping', 'Norrköping', 'Umeå', 'Gävle', 'Borås', 'Södertälje',
  'Eskilstuna', 'Halmstad', 'Växjö', 'Karlstad', 'Sundsvall', 'Östersund', 'Trollhättan',
  'Luleå', 'Kristianstad', 'Kungälv', 'Alingsås', 'Lerum', 'Partille', 'Skövde',
  'Hudiksvall', 'Motala', 'Nödinge', 'Älvängen', 'Surte', 'Bohus', 'Alafors', 'Skepplanda',
  'Nol', 'Hammarkullen', 'Rosengård', 'Tensta', 'Rinkeby', 'Gottsunda', 'Vivalla', 'Araby',
  'Skäggetorp', 'Hjulsta', 'Angered', 'Bergsjön', 'Biskopsgården', 'Husby', 'Fittja',
  'Backa', 'Kortedala', 'Frölunda', 'Mölndal', 'Kungsbacka', 'Stenungsund', 'Uddevalla',
];
export const PLACE_NAMES = [
  'Nora', 'Åsa', 'Ulrika', 'Lund', 'Sala', 'Vara', 'Boden', 'Mora', 'Eda', 'Alva',
  'Berg', 'Viken', 'Ljungby', 'Frida', 'Tyra',
];
// Sites and landmarks (kept).
export const SITES = [
  'Resecentrum', 'busstationen', 'pendelstationen', 'centrum', 'torget', 'skolgården',
  'fritidsgården', 'idrottshallen', 'simhallen', 'biblioteket', 'vårdcentralen', 'parken',
  'gångtunneln', 'cykelbanan', 'parkeringen', 'tågstationen', 'lekplatsen', 'badplatsen',
];

export const SHOPS = [
  'ICA', 'Willys', 'Coop', 'Lidl', 'Hemköp', 'Pressbyrån', '7-Eleven', 'Systembolaget',
  "McDonald's", 'Max', 'Burger King', 'Clas Ohlson', 'Biltema', 'Jula', 'H&M', 'Stadium',
  'Apoteket', 'Espresso House', 'Circle K', 'Preem', 'OKQ8', 'Ica Maxi', 'Rusta', 'Normal',
  'Apotek Hjärtat', 'Subway', 'Pizza Hut', 'Sibylla', 'Dollarstore', 'Ö&B',
];
export const CAR_MAKES = [
  'Volvo', 'Audi', 'Toyota', 'Saab', 'BMW', 'Tesla', 'Kia', 'Skoda', 'Mercedes', 'Opel',
  'Peugeot', 'Renault', 'Volkswagen', 'Hyundai', 'Nissan', 'Mazda', 'Ford', 'Fiat', 'Seat',
  'Citroën', 'Porsche', 'Subaru', 'Dacia', 'Polestar',
];
export const PARTIES = [
  'Moderaterna', 'Socialdemokraterna', 'KD', 'Kristdemokraterna', 'Centerpartiet',
  'Liberalerna', 'Vänsterpartiet', 'Miljöpartiet', 'Sverigedemokraterna', 'S', 'M', 'SD',
];
export const ORGS = [
  'Polisen', 'Räddningstjänsten', 'Trafikverket', 'Västtrafik', 'SL', 'Skånetrafiken',
  'Socialtjänsten', 'Brå', 'Brottsoffermyndigheten', 'Länsstyrelsen', 'Friskis & Svettis',
  'Odd Fellows', 'Lions', 'Rotary', 'Röda Korset', 'Rädda Barnen', 'Studiefrämjandet', 'ABF',
  'Nattvandrarna', 'Fältgruppen', 'Justitiedepartementet', 'Socialdepartementet',
  'Utbildningsdepartementet', 'Skolverket', 'Försäkringskassan', 'Arbetsförmedlingen',
  'Migrationsverket', 'Kriminalvården', 'Region Västra Götaland', 'Sveriges Kommuner och Regioner',
  'Bris', 'Securitas', 'Avarn', 'Bostadsbolaget', 'Alebyggen', 'HSB', 'Riksbyggen',
  'Hyresgästföreningen', 'Svenska kyrkan', 'Unga Örnar', 'IFK Göteborg', 'BK Häcken',
  'Scouterna', 'Kulturskolan', 'Fryshuset', 'Mentor Sverige', 'Ale kommun', 'Lerums kommun',
];
export const SCHOOLS = [
  'Ekbackeskolan', 'Nolskolan', 'Rosendalsgymnasiet', 'Kvarnbergsskolan', 'Himlaskolan',
  'Bohusskolan', 'Älvkulleskolan', 'Ale gymnasium', 'Da Vinciskolan', 'Kristinaskolan',
  'Nödingeskolan', 'Vikadammskolan', 'Sjumilaskolan', 'Hvitfeldtska',
  'Katedralskolan', 'Backaskolan', 'Solskiftesskolan', 'Ängabergsskolan', 'Olympiaskolan',
  'Internationella Engelska Skolan', 'Kunskapsskolan', 'Lilla Edets gymnasium',
];
export const SOFTWARE = [
  'Wilma', 'Teams', 'Unikum', 'SchoolSoft', 'Snapchat', 'TikTok', 'Instagram', 'Vklass',
  'Skolon', 'Google Classroom', 'WhatsApp', 'Discord', 'BankID', 'Swish', 'Messenger',
  'Outlook', 'Kivra', 'Tyra', 'IST Lärande', 'Infomentor',
];
// Titles and labels written after a name (kept).
export const TITLES = [
  'Ordförande', 'Kassör', 'Sekreterare', 'Enhetschef', 'Kommunalrådet', 'Insatsledare',
  'Rektor', 'Informationschef', 'Kommunpolis', 'Säkerhetssamordnare', 'Verksamhetschef',
  'Fritidsledare', 'Förvaltningschef', 'Biträdande rektor', 'Vice ordförande', 'Ledamot',
  'Suppleant', 'Kurator', 'Skolsköterska', 'Brottsförebyggande samordnare', 'Stationsbefäl',
  'Presstalesperson', 'Kommundirektör', 'Trygghetsvärd', 'Områdespolis',
];
// Role words written before a name (kept; the name after them goes).
export const ROLES = [
  'Rektorn', 'Läraren', 'Mentorn', 'Vaktmästaren', 'Busschauffören', 'Kuratorn',
  'Fritidsledaren', 'Grannen', 'Kompisen', 'Tränaren', 'Föreståndaren', 'Skolsköterskan',
  'Chefen', 'Kollegan', 'Väktaren', 'Ordningsvakten', 'Hyresvärden', 'Expediten',
  'Lokalvårdaren', 'Elevassistenten', 'Klassföreståndaren', 'Kassörskan',
];

// Small Swedish localities (not big towns) as written after "bor i", "från", "i".
// More are taken from capitalised entries of the Debian word list at run time.
export const SMALL_PLACES = [
  'Kilafors', 'Ljusne', 'Järvsö', 'Vallsta', 'Undersåker', 'Brattfors', 'Skattungbyn',
  'Ösmo', 'Bergeforsen', 'Hammarstrand', 'Kvicksund', 'Hökerum', 'Tranemo', 'Rimbo',
  'Skärplinge', 'Sörforsa', 'Backe', 'Hoting', 'Ramsele', 'Lövånger', 'Grundsund', 'Hunnebostrand',
];

// Street name parts (besides faker's sv street_name_part).
export const STREET_PARTS = [
  'Sälg', 'Rönn', 'Lönn', 'Hassel', 'Lind', 'Al', 'Tall', 'Lärk', 'Vallmo', 'Blåklints',
  'Fjällsippe', 'Prästgårds', 'Bagar', 'Smed', 'Skomakar', 'Mölle', 'Sjö', 'Hamn', 'Torg',
  'Tingshus', 'Gästgivar', 'Klockar', 'Kvarn', 'Tegel', 'Sågverks', 'Hagtorns', 'Syren',
  'Nypon', 'Hallon', 'Lingon', 'Blåbärs', 'Ekorr', 'Räv', 'Hjort', 'Tjäder', 'Orre',
  'Stjärn', 'Sol', 'Mån', 'Norrgårds', 'Södergårds', 'Vinter',
];
export const STREET_SUFFIXES_COMMON = ['gatan', 'vägen'];
export const STREET_SUFFIXES_RARE = [
  'gärdet', 'stigen', 'backen', 'gränd', 'gränden', 'allén', 'leden', 'slingan', 'höjden',
  'liden', 'torget', 'platsen', 'kroken', 'svängen', 'gången', 'ringen', 'vägen', 'plan',
  'hagen', 'ängen', 'lyckan', 'kullen', 'bringen', 'tået', 'udden', 'grind',
];
export const STREET_SEPARATE = ['väg', 'gata', 'gränd', 'allé', 'plan', 'torg', 'backe', 'stig', 'led', 'park'];
export const STREET_PREFIXES = ['Norra', 'Södra', 'Östra', 'Västra', 'Övre', 'Nedre', 'Lilla', 'Stora', 'Gamla', 'Nya'];

// Short public numbers (kept).
export const SHORT_NUMBERS = ['112', '113 13', '114 14', '1177', '116 111', '90101', '020-91 91 91'];

// Lower-case ordinary words that are names somewhere, in a sentence that uses them as words.
// [sentence with the word marked by {}, the word] - written for this generator.
export const WORD_TRAPS = [
  'jag {ville} inte gå hem själv',
  'ingen {ville} hjälpa oss',
  'det ska inte {kosta} skjortan att fixa lampan',
  'vad får det {kosta} att sätta upp en lampa',
  'någon kastade en {sten} genom fönstret',
  'de fick {ros} av rektorn för att de städade',
  'det finns en {stig} bakom skolan som är mörk',
  'jag vill {bo} kvar här',
  'fåglarna har byggt ett {bo} i lampan',
  'vi kan {klara} oss själva',
  'jag såg en {björn} i skogen bakom skolan',
  'det är som en {saga}',
  'man har ingen {vilja} att gå ut',
  'jag är rädd för mitt {liv}',
  'varje {dag} är det samma sak',
  'min {bror} blev rånad',
  'det är skönt med {sol} på rasten',
  'det är ingen {lisa} att gå där',
  'tjejerna hoppar {lina} på rasten',
  'en {lo} har setts i skogen',
  'en gammal {ek} föll över cykelbanan',
  'det finns ett {berg} bakom skolan där folk röker',
  'en {alm} föll över vägen',
  'en {gran} blåste ner i stormen',
  'någon lämnade en {ask} med snus på bänken',
  'en {björk} ligger över stigen',
  'en {örn} flög över skolgården',
  'det ligger en död {svan} på vägen',
  'det är blöt {mark} vid fotbollsplanen',
  'hon spelar {viola} i kulturskolan',
  'i {juni} är det ljust hela natten',
  'the {river} is dangerous in spring',
  'we {will} call the police next time',
  'I {hope} it gets better',
  'they {mark} the bikes with paint',
  'it was by {grace} that nobody got hurt',
  'someone left a {rose} on the bench',
  'you {may} call me if needed',
  'the {bill} for the window was huge',
];
