// lib-data.mjs - third-party tables (faker locale tables, Debian word lists) and
// hand-written lists for gen2.mjs. The hand-written lists are ordinary public name
// stock written down for this generator (see README.md); nothing here is copied from
// another corpus generator.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const NM = process.env.GEN2_NODE_MODULES ||
  fileURLToPath(new URL('../anon-corpus/node_modules', import.meta.url));
export const F = await import(path.join(NM, '@faker-js/faker/dist/index.js'));
export const Personnummer = (await import(path.join(NM, 'personnummer/dist/esm/index.js'))).default;
export const FAKER_VERSION = JSON.parse(fs.readFileSync(path.join(NM, '@faker-js/faker/package.json'), 'utf8')).version;
export const PNR_VERSION = JSON.parse(fs.readFileSync(path.join(NM, 'personnummer/package.json'), 'utf8')).version;

const uniq = (a) => [...new Set(a.filter(Boolean))];
const fk = (loc, key, sub) => { const p = F[loc] && F[loc].person && F[loc].person[key]; return (p && p[sub]) || []; };

// ---------------------------------------------------------------------------
// Swedish word list: wswedish (/usr/share/dict/swedish) + lower-case stems of hunspell sv_SE
export const WORDS = new Set();
export const WORDLIST_FILES = [];
for (const f of ['/usr/share/dict/swedish']) {
  if (fs.existsSync(f)) { WORDLIST_FILES.push(f); for (const w of fs.readFileSync(f, 'utf8').split('\n')) if (w) WORDS.add(w); }
}
for (const f of ['/usr/share/hunspell/sv_SE.dic']) {
  if (fs.existsSync(f)) {
    WORDLIST_FILES.push(f);
    const lines = fs.readFileSync(f, 'utf8').split('\n').slice(1);
    for (const l of lines) { const w = l.split('/')[0].trim(); if (w && w === w.toLowerCase()) WORDS.add(w); }
  }
}

// ---------------------------------------------------------------------------
// names per origin. Each origin: f (female given), m (male given), l (surnames),
// optional script {given:[], last:[]} in the origin's own script.

const BAD_KU = new Set(['Barzani', 'Talabani', 'Öcalan', 'Erdoğan', 'Türk', 'Berxwedan']);

export const ORIGINS = {
  swedish: {
    f: uniq([...fk('sv', 'first_name', 'female'), 'Alice', 'Maja', 'Elsa', 'Astrid', 'Freja', 'Selma', 'Alma', 'Stella', 'Ines', 'Tyra', 'Signe', 'Edith', 'Greta', 'Elvira', 'Märta', 'Siri', 'Ylva', 'Tove', 'Malva', 'Ronja', 'Liv', 'Majken', 'Sigrid', 'Hedvig', 'Ingela', 'Marita', 'Gunvor']),
    m: uniq([...fk('sv', 'first_name', 'male'), 'Noah', 'Vincent', 'Melvin', 'Theo', 'Frans', 'Sixten', 'Ture', 'Sigge', 'Loke', 'Vidar', 'Malte', 'Elton', 'Valter', 'Otto', 'Harald', 'Sune', 'Ingemar', 'Bertil', 'Gösta', 'Ove', 'Lennart', 'Ronny', 'Conny', 'Kent']),
    l: uniq([...fk('sv', 'last_name', 'generic').filter((x) => !['Ahmed', 'Ali', 'Hassan', 'Mohamed', 'Hansen'].includes(x)), 'Lindqvist', 'Wahlström', 'Hägg', 'Kullberg', 'Sjöholm', 'Åström', 'Rosén', 'Wikander', 'Thorén', 'Edlund', 'Grahn', 'Hedin', 'Strand', 'Kjellberg', 'Ljung', 'Sundqvist', 'Brandt', 'Nordqvist', 'Lilja', 'Ek', 'Kvist', 'Asp', 'Frisk', 'Bäck', 'Östlund']),
  },
  finnish: { f: fk('fi', 'first_name', 'female'), m: fk('fi', 'first_name', 'male').filter((x) => !['Erik', 'Henrik', 'Kristian'].includes(x)), l: fk('fi', 'last_name', 'generic') },
  arabic: {
    m: ['Mohammed', 'Mohamad', 'Muhammad', 'Ahmad', 'Ahmed', 'Omar', 'Hassan', 'Hussein', 'Khaled', 'Mahmoud', 'Youssef', 'Ibrahim', 'Mustafa', 'Abdullah', 'Karim', 'Samir', 'Tarek', 'Bilal', 'Yasin', 'Zakaria', 'Rami', 'Fadi', 'Jamal', 'Nabil', 'Walid', 'Majid', 'Osama', 'Hamza', 'Anas', 'Saif', 'Ziad', 'Bassam', 'Munir', 'Ayham', 'Firas', 'Laith'],
    f: ['Fatima', 'Aisha', 'Mariam', 'Noor', 'Zainab', 'Amira', 'Layla', 'Huda', 'Rania', 'Yasmin', 'Salma', 'Hiba', 'Nour', 'Dima', 'Rasha', 'Reem', 'Lamia', 'Samira', 'Hanan', 'Jana', 'Ghada', 'Suha', 'Maha', 'Aya', 'Shahd', 'Rahaf', 'Malak', 'Bushra', 'Dalia'],
    l: ['Haddad', 'Khalil', 'Nasser', 'Saleh', 'Mansour', 'Hamdan', 'Darwish', 'Abbas', 'Yousef', 'Jaber', 'Khoury', 'Ibrahim', 'Othman', 'Hamid', 'Rahman', 'Aziz', 'Issa', 'Suleiman', 'Kassem', 'Najjar', 'Shami', 'Halabi', 'Masri', 'Jabbour', 'Sabbagh', 'Farouk', 'Hammoud', 'Obeid', 'Qasim', 'Zidan', 'Alwan', 'Jawad', 'Shaker'],
    particle: ['al-Hassan', 'al-Tamimi', 'al-Rashid', 'al-Khatib', 'Al-Saadi', 'el-Sayed', 'El-Amin', 'al-Jaber', 'Abu Zaid', 'bin Salem', 'Abdel-Rahman', 'el-Masri', 'Al Obaidi', 'bin Hamad'],
    script: { given: fk('ar', 'first_name', 'male').concat(fk('ar', 'first_name', 'female')), m: fk('ar', 'first_name', 'male'), f: fk('ar', 'first_name', 'female'), last: fk('ar', 'last_name', 'generic') },
  },
  somali: {
    m: ['Abdi', 'Abdirahman', 'Abdullahi', 'Mohamed', 'Ahmed', 'Hassan', 'Farah', 'Warsame', 'Hirsi', 'Jama', 'Osman', 'Yusuf', 'Ismail', 'Omar', 'Nur', 'Aden', 'Guled', 'Mahad', 'Liban', 'Hamza', 'Abdikarim', 'Abdiaziz', 'Mukhtar', 'Bashir', 'Dahir', 'Ilyas', 'Sakariye', 'Khalid', 'Mahamed'],
    f: ['Hodan', 'Fadumo', 'Ayan', 'Sahra', 'Hibo', 'Amina', 'Faduma', 'Nimco', 'Ifrah', 'Ubah', 'Hawa', 'Asli', 'Sagal', 'Ilhan', 'Ladan', 'Deqa', 'Hamdi', 'Khadra', 'Muna', 'Filsan', 'Idil', 'Ikran', 'Najma', 'Shukri', 'Sucaad', 'Xaliimo', 'Qamar'],
    // surnames are the father's (and grandfather's) given names
    l: ['Abdi', 'Ahmed', 'Mohamed', 'Hassan', 'Farah', 'Warsame', 'Hirsi', 'Jama', 'Osman', 'Yusuf', 'Ismail', 'Omar', 'Nur', 'Aden', 'Egal', 'Dualeh', 'Samatar', 'Gedi', 'Hersi', 'Abdullahi', 'Mohamud', 'Abdille', 'Elmi', 'Jimale', 'Dirie', 'Guleid', 'Mohamoud'],
  },
  kurdish: {
    f: uniq([...fk('ku_kmr_latin', 'first_name', 'female'), 'Dilan', 'Shilan', 'Hevin', 'Rojin', 'Avin', 'Rojda', 'Berfin', 'Zhino', 'Shno']),
    m: uniq([...fk('ku_kmr_latin', 'first_name', 'male'), 'Rebin', 'Soran', 'Hawre', 'Kawa', 'Sherko', 'Rezan', 'Zhyar', 'Karwan', 'Hemin', 'Shwan', 'Rebwar', 'Dler']),
    l: uniq([...fk('ku_kmr_latin', 'last_name', 'generic').filter((x) => !BAD_KU.has(x)), 'Zebari', 'Amedi', 'Rashid', 'Hamawandi', 'Baban', 'Kurdi', 'Mahmoudi', 'Sindi', 'Duski', 'Hawrami', 'Sorani', 'Bapir']),
    script: { given: fk('ku_ckb', 'first_name', 'male').concat(fk('ku_ckb', 'first_name', 'female')), m: fk('ku_ckb', 'first_name', 'male'), f: fk('ku_ckb', 'first_name', 'female'), last: fk('ku_ckb', 'last_name', 'generic') },
  },
  persian: {
    m: ['Reza', 'Mohammad', 'Hossein', 'Mehdi', 'Amir', 'Arash', 'Babak', 'Dariush', 'Farhad', 'Kaveh', 'Kian', 'Navid', 'Omid', 'Payam', 'Ramin', 'Saeed', 'Shahram', 'Behnam', 'Hamid', 'Pejman', 'Siavash', 'Kourosh', 'Houman', 'Armin', 'Nima', 'Sina', 'Pouya'],
    f: ['Azadeh', 'Bahar', 'Fereshteh', 'Leila', 'Mahsa', 'Maryam', 'Nasrin', 'Parisa', 'Roya', 'Sahar', 'Shirin', 'Soheila', 'Yasaman', 'Zahra', 'Niloufar', 'Golnaz', 'Mahnaz', 'Shabnam', 'Negin', 'Donya', 'Setareh', 'Elham', 'Fariba', 'Parvin', 'Nazanin', 'Atefeh'],
    l: ['Ahmadi', 'Hosseini', 'Karimi', 'Mohammadi', 'Rahimi', 'Rezaei', 'Sadeghi', 'Moradi', 'Jafari', 'Hashemi', 'Kazemi', 'Mousavi', 'Ghorbani', 'Rostami', 'Akbari', 'Tehrani', 'Shirazi', 'Esfahani', 'Farahani', 'Amini', 'Rahmani', 'Nazari', 'Bagheri', 'Salehi', 'Najafi', 'Abbasi', 'Heidari', 'Sharifi', 'Yazdani', 'Kiani', 'Sohrabi', 'Azizi'],
    script: { given: fk('fa', 'first_name', 'male').concat(fk('fa', 'first_name', 'female')), m: fk('fa', 'first_name', 'male'), f: fk('fa', 'first_name', 'female'), last: fk('fa', 'last_name', 'generic') },
  },
  turkish: {
    m: uniq(['Mehmet', 'Ahmet', 'Mustafa', 'Emre', 'Burak', 'Can', 'Murat', 'Hakan', 'Serkan', 'Volkan', 'Kemal', 'Ömer', 'Hüseyin', 'Onur', 'Tolga', 'Baran', 'Eren', 'Kerem', 'Arda', 'Cem', 'Ozan', 'Yusuf', 'Oğuz', 'Erdem', ...fk('tr', 'first_name', 'male').slice(0, 120)]),
    f: uniq(['Elif', 'Zeynep', 'Ayşe', 'Fatma', 'Emine', 'Merve', 'Esra', 'Derya', 'Sibel', 'Özlem', 'Ebru', 'Büşra', 'Hatice', 'Selin', 'Dilara', 'Ecem', 'Gizem', 'Yasemin', 'Sevgi', 'Aylin', 'Tuğba', 'Şeyma', ...fk('tr', 'first_name', 'female').slice(0, 80)]),
    l: uniq(['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Yıldırım', 'Öztürk', 'Aydın', 'Özdemir', 'Arslan', 'Doğan', 'Kılıç', 'Aslan', 'Çetin', 'Kara', 'Koç', 'Kurt', 'Özkan', 'Şimşek', ...fk('tr', 'last_name', 'generic')]),
  },
  tigrinya: {
    m: ['Tesfay', 'Tesfaye', 'Haile', 'Yonas', 'Dawit', 'Mehari', 'Berhane', 'Kidane', 'Tekle', 'Amanuel', 'Filmon', 'Robel', 'Semere', 'Yohannes', 'Mussie', 'Henok', 'Natnael', 'Biniam', 'Efrem', 'Habtom', 'Goitom', 'Kibrom', 'Mebrahtu', 'Tewelde', 'Zerai', 'Weldu', 'Asmerom', 'Yosief', 'Fitsum', 'Samson'],
    f: ['Helen', 'Selam', 'Senait', 'Saba', 'Luwam', 'Eden', 'Yordanos', 'Mebrat', 'Tsega', 'Abeba', 'Freweini', 'Rahwa', 'Semhar', 'Winta', 'Feven', 'Hiwet', 'Mizan', 'Nardos', 'Ruta', 'Meron', 'Tirhas', 'Lidya', 'Bisrat', 'Simret', 'Yohana'],
    // surname = father's given name; also compound church names
    l: ['Tesfay', 'Haile', 'Mehari', 'Berhane', 'Kidane', 'Tekle', 'Habtom', 'Goitom', 'Kibrom', 'Mebrahtu', 'Tewelde', 'Zerai', 'Weldu', 'Asmerom', 'Ghebremedhin', 'Ghebrehiwet', 'Woldemichael', 'Habtemariam', 'Tesfamariam', 'Weldegiorgis', 'Kidanemariam', 'Gebreyesus', 'Andemariam', 'Tesfamichael'],
    // Ge'ez script spellings of a few common names, with their Latin form
    scriptPairs: [['ዳዊት', 'Dawit'], ['ዮናስ', 'Yonas'], ['ሳባ', 'Saba'], ['ሰላም', 'Selam'], ['ሄለን', 'Helen'], ['ተስፋይ', 'Tesfay']],
  },
  bcs: {
    f: uniq([...fk('hr', 'first_name', 'female').slice(0, 120), ...fk('sr_RS_latin', 'first_name', 'female').slice(0, 80), 'Amra', 'Selma', 'Lejla', 'Amela', 'Emina', 'Aida', 'Merima', 'Ajla', 'Naida', 'Lamija', 'Sanela', 'Jasmina']),
    m: uniq([...fk('hr', 'first_name', 'male').slice(0, 100), ...fk('sr_RS_latin', 'first_name', 'male').slice(0, 80), 'Emir', 'Adnan', 'Edin', 'Haris', 'Mirza', 'Kenan', 'Senad', 'Almir', 'Dino', 'Nermin', 'Elvir', 'Samir', 'Mirsad', 'Zlatan']),
    l: uniq([...fk('hr', 'last_name', 'generic').filter((x) => !x.includes(' ')), ...fk('sr_RS_latin', 'last_name', 'generic'), 'Hodžić', 'Hadžić', 'Delić', 'Kovačević', 'Begić', 'Mehmedović', 'Halilović', 'Hasanović', 'Husić', 'Ibrahimović', 'Mujić', 'Salihović', 'Omerović', 'Džafić', 'Alić', 'Softić', 'Karić']),
  },
  polish: { f: fk('pl', 'first_name', 'female'), m: fk('pl', 'first_name', 'male'), l: fk('pl', 'last_name', 'generic') },
  english: { f: fk('en', 'first_name', 'female').slice(0, 600), m: fk('en', 'first_name', 'male').slice(0, 600), l: fk('en', 'last_name', 'generic') },
  spanish: { f: uniq([...fk('es', 'first_name', 'female'), ...fk('es_MX', 'first_name', 'female')]), m: uniq([...fk('es', 'first_name', 'male'), ...fk('es_MX', 'first_name', 'male')]), l: uniq([...fk('es', 'last_name', 'generic'), ...fk('es_MX', 'last_name', 'generic')]) },
  thai: {
    f: ['Siriporn', 'Malee', 'Anong', 'Pim', 'Ploy', 'Chanida', 'Kanya', 'Wipawee', 'Suda', 'Pornthip', 'Apinya', 'Jintana', 'Ratana', 'Sumalee', 'Kannika', 'Supaporn', 'Duangjai', 'Nittaya', 'Wanida', 'Sasithorn', 'Orapin', 'Benjawan', 'Lamai', 'Naruemon', 'Pranee'],
    m: ['Somchai', 'Somsak', 'Sombat', 'Nattapong', 'Anan', 'Chaiwat', 'Prasert', 'Sakda', 'Thanakorn', 'Wichai', 'Kittisak', 'Surachai', 'Pongsak', 'Arthit', 'Narong', 'Teerawat'],
    l: ['Srisuk', 'Saetang', 'Wongsawat', 'Chaiyaporn', 'Sukprasert', 'Thongchai', 'Rattanakorn', 'Boonmee', 'Charoenkul', 'Sirisombat', 'Phromma', 'Kaewkla', 'Jaidee', 'Suwannarat', 'Rungruang', 'Phanthong', 'Intharaksa', 'Kongkaew', 'Somboon', 'Saelim'],
    nick: ['Nok', 'Lek', 'Noi', 'Joy', 'Fon', 'Nan', 'Aom', 'Bee', 'Ning', 'Tuk'],
    script: { given: fk('th', 'first_name', 'male').concat(fk('th', 'first_name', 'female')), m: fk('th', 'first_name', 'male'), f: fk('th', 'first_name', 'female'), last: fk('th', 'last_name', 'generic') },
  },
  vietnamese: {
    l: fk('vi', 'last_name', 'generic'),
    mid: { f: ['Thị', 'Ngọc', 'Thanh', 'Kim', 'Thu'], m: ['Văn', 'Đức', 'Minh', 'Quốc', 'Hữu', 'Thanh'] },
    given: { f: ['Lan', 'Linh', 'Mai', 'Hoa', 'Hương', 'Hạnh', 'Ngân', 'Ngọc', 'Phương', 'Thảo', 'Thu', 'Thủy', 'Trang', 'Vy', 'Yến', 'Hà', 'Châu', 'Giang', 'Tâm', 'Anh'], m: ['An', 'Bảo', 'Bình', 'Dũng', 'Duy', 'Hải', 'Hiếu', 'Hòa', 'Hùng', 'Khánh', 'Long', 'Minh', 'Nam', 'Phong', 'Phúc', 'Quang', 'Quân', 'Sơn', 'Thắng', 'Trung', 'Tuấn', 'Tú', 'Việt'] },
    fakerGiven: { f: fk('vi', 'first_name', 'female'), m: fk('vi', 'first_name', 'male') },
  },
  chinese: {
    l: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Zhu', 'Hu', 'Guo', 'Lin', 'Gao', 'Luo', 'Zheng', 'Tang', 'Deng', 'Feng'],
    f: ['Fang', 'Jing', 'Min', 'Na', 'Yan', 'Hui', 'Mei', 'Ying', 'Lili', 'Xiaoli', 'Ping', 'Yutong', 'Xinyi', 'Jiayi', 'Xiaomei', 'Lan'],
    m: ['Wei', 'Lei', 'Xiaoming', 'Jianguo', 'Hao', 'Jun', 'Tao', 'Qiang', 'Jie', 'Yifan', 'Haoran', 'Zihan', 'Bo', 'Peng', 'Chao', 'Yong'],
    script: { given: fk('zh_CN', 'first_name', 'male').concat(fk('zh_CN', 'first_name', 'female')), m: fk('zh_CN', 'first_name', 'male'), f: fk('zh_CN', 'first_name', 'female'), last: fk('zh_CN', 'last_name', 'generic') },
  },
};
// make every origin have f/m/l arrays
for (const o of Object.values(ORIGINS)) { o.f = o.f || []; o.m = o.m || []; o.l = o.l || []; }


export const NICK_M = ['Kalle', 'Pelle', 'Lasse', 'Nisse', 'Micke', 'Janne', 'Fredde', 'Steffe', 'Tompa', 'Krille', 'Jonte', 'Ludde', 'Jocke', 'Robban', 'Tobbe', 'Sebbe', 'Kenta', 'Mange', 'Mo', 'Moha', 'Musse', 'Ibbe', 'Alex', 'Memo', 'Hasse', 'Aco', 'Bosse', 'Olle'];
export const NICK_F = ['Sussie', 'Kattis', 'Lotta', 'Maggan', 'Kicki', 'Lollo', 'Mimmi', 'Fia', 'Nettan', 'Jossan', 'Sanna', 'Bettan', 'Pia', 'Tessan'];

// origin weights: s/w are Swedish-heavy, m is spread out
export const ORIGIN_W = {
  base: [[56, 'swedish'], [6, 'finnish'], [8, 'arabic'], [3, 'somali'], [3, 'kurdish'], [4, 'persian'], [3, 'turkish'], [2, 'tigrinya'], [4, 'bcs'], [3, 'polish'], [2, 'english'], [2, 'spanish'], [2, 'thai'], [1, 'vietnamese'], [1, 'chinese']],
  even: [[14, 'swedish'], [7, 'finnish'], [8, 'arabic'], [7, 'somali'], [7, 'kurdish'], [7, 'persian'], [7, 'turkish'], [7, 'tigrinya'], [7, 'bcs'], [7, 'polish'], [6, 'english'], [6, 'spanish'], [6, 'thai'], [6, 'vietnamese'], [6, 'chinese']],
};

// ---------------------------------------------------------------------------
// places, organisations, brands, titles

// the municipality of the survey (Ale, Västra Götaland) and its localities
export const ALE = ['Nödinge', 'Nol', 'Alafors', 'Älvängen', 'Skepplanda', 'Surte', 'Bohus', 'Alvhem', 'Starrkärr', 'Hålanda'];
export const ALE_POST = { 'Nödinge': ['449', [30, 38]], 'Nol': ['449', [40, 44]], 'Alafors': ['449', [50, 53]], 'Älvängen': ['446', [30, 38]], 'Skepplanda': ['446', [91, 95]], 'Surte': ['445', [55, 57]], 'Bohus': ['445', [31, 37]] };
export const NEAR = ['Göteborg', 'Kungälv', 'Lilla Edet', 'Trollhättan', 'Angered', 'Lerum', 'Partille', 'Alingsås', 'Stenungsund', 'Uddevalla'];
export const NAMED_SPOTS = ['Ale Torg', 'Ale Arena', 'Göta älv', 'väg 45', 'Nordstan', 'Brunnsparken', 'Centralstationen', 'Gamlestaden'];
export const MUNICIPALITIES = F.sv.location.county;

export const ORGS = ['Polisen', 'Socialtjänsten', 'Ale kommun', 'Alebyggen', 'Räddningstjänsten', 'Brottsofferjouren', 'Kvinnojouren', 'Bris', 'Friends', 'Röda Korset', 'Nattvandrarna', 'Fältgruppen', 'Trafikverket', 'Försäkringskassan', 'Skatteverket', 'Arbetsförmedlingen', 'Västtrafik', 'SL', 'Skånetrafiken', 'Securitas', 'Avarn', 'Region Västra Götaland', 'BUP', 'Sahlgrenska', 'Länsstyrelsen', 'Elevhälsan', 'Migrationsverket', 'Kronofogden', 'Transportstyrelsen', 'SJ', 'Brå', 'Systembolaget', 'Vårdcentralen', 'Fritidsgården', 'Grannsamverkan', 'Kommunstyrelsen', 'Samhällsbyggnadsförvaltningen', 'Tekniska förvaltningen', 'Kultur- och fritidsförvaltningen', 'Sektor utbildning'];
export const BRANDS = ['ICA', 'Willys', 'Coop', 'Lidl', 'Hemköp', 'Pressbyrån', "McDonald's", 'Max', 'Burger King', 'Espresso House', 'Apoteket', 'Circle K', 'Preem', 'OKQ8', 'Biltema', 'Jula', 'H&M', 'Clas Ohlson', 'Åhléns', 'Lindex', 'Snapchat', 'Instagram', 'TikTok', 'Facebook', 'WhatsApp', 'Discord', 'Swish', 'BankID', 'Blocket', 'Vinted', 'Volvo', 'Voi', 'Uber', 'Foodora', 'Sibylla', "Wayne's Coffee", 'Jensens Böfhus'];
export const CARS = ['Volvo', 'Audi', 'BMW', 'Mercedes', 'Tesla', 'Saab', 'Toyota', 'Kia', 'Golf', 'Passat'];
export const TITLES = ['rektor', 'kurator', 'mentor', 'skolsköterska', 'fritidsledare', 'enhetschef', 'undersköterska', 'handläggare', 'trafikingenjör', 'säkerhetssamordnare', 'kommunpolis', 'ordförande', 'sekreterare', 'fältassistent', 'trygghetsvärd', 'ordningsvakt', 'väktare', 'busschaufför', 'vaktmästare', 'socialsekreterare', 'verksamhetschef', 'förvaltningschef', 'samordnare', 'fastighetsskötare', 'biträdande rektor', 'avdelningschef', 'kommunikatör', 'gatuchef'];

// streets: faker sv street parts + person-named streets (keep:street when without number)
export const STREET_PARTS = F.sv.location.street_name_part;
export const STREET_SUFFIX = F.sv.location.street_suffix;
export const STREET_PREFIX = F.sv.location.street_prefix;
export const STREET_EXTRA = ['Göteborgsvägen', 'Gamla vägen', 'Ekdalsvägen', 'Bruksvägen', 'Glasbruksgatan', 'Älvgatan', 'Repslagarevägen', 'Prästgårdsvägen', 'Kvarnbergsvägen', 'Ängabo', 'Sandgärdet', 'Torpvägen', 'Lövängsvägen', 'Hantverksgatan', 'Folkets husvägen', 'Backa Säteri'];
export const PERSON_STREETS = ['Olof Palmes gata', 'Karl Johansgatan', 'Drottning Kristinas väg', 'Gustav Adolfs torg', 'Birger Jarlsgatan', 'Engelbrektsgatan', 'Linnégatan', 'Sankt Eriksgatan', 'Selma Lagerlöfs väg', 'Evert Taubes gata', 'Astrid Lindgrens väg', 'Karl XI:s väg', 'Oscarsgatan', 'Erik Dahlbergsgatan', 'Anders Personsgatan', 'Carl Larssons väg', 'Fredrik Bajers gata'];

// places that are also given names or surnames (keep:place in place use)
export const PLACE_NAMES = ['Vilhelmina', 'Fredrika', 'Nora', 'Mora', 'Sala', 'Vara', 'Lund', 'Kristinehamn', 'Kristianstad', 'Karlstad', 'Karlskrona', 'Filipstad', 'Oskarshamn', 'Olofström', 'Ulricehamn', 'Gustavsberg', 'Mark', 'Berg', 'Salem', 'Kil', 'Sunne', 'Eda', 'Hjo', 'Tranås', 'Ronneby', 'Kalix', 'Kiruna', 'Tanum', 'Sigtuna', 'Åre', 'Ludvika', 'Linköping', 'Sofielund', 'Enskede', 'Vallentuna', 'Henån'];

// public service numbers (keep:public-phone)
export const PUBLIC_PHONES = [
  ['112', 'larmnumret 112'], ['114 14', 'polisens 114 14'], ['11414', 'polisen på 11414'], ['1177', '1177'],
  ['116 006', 'Brottsofferjouren 116 006'], ['116 111', 'Bris 116 111'], ['020-50 50 50', 'Kvinnofridslinjen 020-50 50 50'],
  ['0771-41 43 00', 'Västtrafik kundtjänst 0771-41 43 00'], ['0771-567 567', 'Skatteverket 0771-567 567'],
  ['0771-524 524', 'Försäkringskassan 0771-524 524'], ['0771-921 921', 'Trafikverket 0771-921 921'], ['113 13', 'informationsnumret 113 13'],
];
