// frames-m.mjs - style m: mixed hard cases. Names that are also words, places that are
// also names, organisations and brands, streets with and without numbers, times and dates,
// public service numbers, names of many origins (some in their own script), lower-case
// names after cues, double names, particles, initials. Frames written for gen2.

import { t, G, K } from './lib-core.mjs';
import * as D from './lib-data.mjs';

// ------------------------------------------------------------------ names that are also words
// n: the name, kind: f/m given name or l surname; word: [value, frame] pairs for the word use;
// both: a frame using the name and the word in the same answer.
const WN = [
  { n: 'Rosa', kind: 'f', use: [(c) => t`Någon har sprejat ${K('rosa')} klotter på busskuren vid ${c.kale()}.`, () => t`Tunneln målades ${K('rosa')} förra året men det hjälpte inte mot klottret.`], both: (c, N) => t`${N} hade på sig en ${K('rosa')} jacka när de tog hennes väska.` },
  { n: 'Sten', kind: 'm', use: [() => t`Någon kastade en ${K('sten')} genom rutan på fritidsgården.`, () => t`Det ligger ${K('sten')} och glas överallt på skolgården.`], both: (c, N) => t`${N} fick en ${K('sten')} i huvudet när han gick förbi skolan.` },
  { n: 'Vilja', kind: 'f', use: [() => t`Det saknas politisk ${K('vilja')} att göra något åt belysningen.`, () => t`Jag har ingen ${K('vilja')} att gå ut när det blivit mörkt längre.`], both: (c, N) => t`${N} säger att det saknas ${K('vilja')} hos politikerna.` },
  { n: 'Bo', kind: 'm', use: [() => t`Jag vill kunna ${K('bo')} kvar här utan att vara rädd.`, (c) => t`Det ska vara tryggt att ${K('bo')} i ${c.kale()}.`], both: (c, N) => t`${N} vill inte ${K('bo')} kvar i området längre.` },
  { n: 'Björn', kind: 'm', use: [() => t`Någon såg en ${K('björn')} vid motionsspåret i somras, på riktigt.`], both: (c, N) => t`${N} säger att han såg en ${K('björn')} vid elljusspåret.` },
  { n: 'Ros', kind: 'f', use: [() => t`Jag vill ge en ${K('ros')} till personalen på fritidsgården.`, () => t`${K('ros')} och ris: bra med nya lampor, dåligt att tunneln fortfarande är mörk.`], both: (c, N) => t`En ${K('ros')} till ${N} på fritids som alltid ställer upp.` },
  { n: 'Klara', kind: 'f', use: [() => t`Man ska ${K('klara')} sig själv, men ingen borde behöva gå ensam genom tunneln.`, (c) => t`Det finns ${K('klara')} brister i belysningen vid ${c.kspot()}.`], both: (c, N) => t`${N} sa att hon inte kan ${K('klara')} en kväll till i tunneln.` },
  { n: 'Axel', kind: 'm', use: [() => t`Han tog tag i min ${K('axel')} och skrek att jag skulle ge honom mobilen.`], both: (c, N) => t`${N} tog mig hårt i ${K('axeln')} och knuffade mig.` },
  { n: 'Stig', kind: 'm', use: [() => t`Den lilla ${K('stigen')} genom skogen är helt mörk på vintern.`, () => t`Det finns en ${K('stig')} bakom skolan där folk röker.`], both: (c, N) => t`${N} går varje kväll på ${K('stigen')} bakom skolan och har sett sprutor där.` },
  { n: 'Hans', kind: 'm', use: [() => t`Jag såg ${K('hans')} bil utanför skolan varje kväll.`], both: (c, N) => t`${N} sa att ${K('hans')} bil blivit repad tre gånger.` },
  { n: 'Karl', kind: 'm', use: [() => t`En ${K('karl')} i femtioårsåldern stod och glodde på oss vid stationen.`], both: (c, N) => t`${N} såg en ${K('karl')} som gick runt och kände på bildörrar.` },
  { n: 'Saga', kind: 'f', use: [() => t`Det låter som en ${K('saga')} men det är sant.`], both: (c, N) => t`Det låter som en ${K('saga')}, men ${N} blev faktiskt rånad två gånger samma vecka.` },
  { n: 'Liv', kind: 'f', use: [() => t`Jag var rädd för mitt ${K('liv')} den kvällen.`], both: (c, N) => t`${N} var rädd för sitt ${K('liv')} när de jagade henne.` },
  { n: 'Maj', kind: 'f', use: [() => t`Det började i ${K('maj')} och har inte slutat.`], both: (c, N) => t`${N} på nedervåningen blev bestulen i ${K('maj')}.` },
  { n: 'Bror', kind: 'm', use: [() => t`Min ${K('bror')} vågar inte ta pendeln längre.`], both: (c, N) => t`${N} och min ${K('bror')} blev hotade vid kiosken.` },
  { n: 'Dag', kind: 'm', use: [() => t`Jag går förbi där varje ${K('dag')} och det är alltid skräpigt.`], both: (c, N) => t`${N} på vaktbolaget kommer varje ${K('dag')} vid sju.` },
  { n: 'Ek', kind: 'l', use: [() => t`Den gamla ${K('eken')} vid skolan har blivit nedklottrad.`], both: (c, N) => t`${N} har en stor ${K('ek')} på tomten som ungdomarna klättrar i.` },
  { n: 'Berg', kind: 'l', use: [() => t`Det är mörkt uppe på ${K('berget')} bakom skolan.`], both: (c, N) => t`${N} bor uppe på ${K('berget')} och ser allt som händer.` },
  { n: 'Ström', kind: 'l', use: [() => t`När ${K('strömmen')} gick slocknade alla gatlampor i området.`], both: (c, N) => t`${N} ringde när ${K('strömmen')} gick i hela kvarteret.` },
  { n: 'Björk', kind: 'l', use: [() => t`Någon har sågat ner ${K('björken')} vid lekplatsen.`], both: (c, N) => t`${N} såg vem som sågade ner ${K('björken')} vid lekplatsen.` },
  { n: 'Holm', kind: 'l', use: [() => t`Ungdomar samlas ute på ${K('holmen')} på sommarnätterna.`], both: (c, N) => t`${N} bor närmast ${K('holmen')} och hör allt bråk på nätterna.` },
  { n: 'Lind', kind: 'l', use: [() => t`Vi satt under ${K('linden')} i parken när det hände.`], both: (c, N) => t`${N} satt under ${K('linden')} i parken när det hände.` },
  { n: 'Lund', kind: 'l', use: [() => t`Det finns en liten ${K('lund')} bakom idrottsplatsen där folk dricker.`], both: (c, N) => t`${N} hittade sprutor i ${K('lunden')} bakom idrottsplatsen.` },
  { n: 'Frisk', kind: 'l', use: [() => t`Jag är ${K('frisk')} nu men vågar fortfarande inte gå ut.`], both: (c, N) => t`${N} är ${K('frisk')} igen efter överfallet men vill inte gå ut.` },
  { n: 'Strand', kind: 'l', use: [() => t`På ${K('stranden')} vid älven hänger folk på kvällarna.`], both: (c, N) => t`${N} hittade glas på ${K('stranden')} när hunden skulle bada.` },
  { n: 'Falk', kind: 'l', use: [() => t`Det bor en ${K('falk')} i kyrktornet, det är det enda fina här.`], both: (c, N) => t`${N} fotograferade en ${K('falk')} vid kyrkan men blev rånad på kameran.` },
];

// a given-name list to intersect with the word list: faker sv/da/nb/fi given names plus a
// hand-written list of Swedish given names that are also words
const GIVEN = new Set([
  ...D.ORIGINS.swedish.f, ...D.ORIGINS.swedish.m, ...D.ORIGINS.finnish.f, ...D.ORIGINS.finnish.m,
  ...['da', 'nb_NO'].flatMap((l) => [...((D.F[l].person.first_name || {}).female || []), ...((D.F[l].person.first_name || {}).male || [])]),
  'Rosa', 'Sten', 'Vilja', 'Ros', 'Saga', 'Dag', 'Liv', 'Maj', 'Bror', 'Stig', 'Björn', 'Klara', 'Axel', 'Bo', 'Hans', 'Karl',
]);
const SURN = new Set([...D.ORIGINS.swedish.l, 'Ström', 'Björk', 'Holm', 'Lund', 'Frisk', 'Strand', 'Falk', 'Berg', 'Lind', 'Ek']);
export const WORDNAMES = WN.filter((x) => (x.kind === 'l' ? SURN.has(x.n) : GIVEN.has(x.n)) && D.WORDS.has(x.n.toLowerCase()));
export const WORDNAME_DROPPED = WN.filter((x) => !WORDNAMES.includes(x)).map((x) => x.n);

function wnItem(c, w) {
  if (w.kind === 'l') {
    const f = c.R.pick(c.R.chance(0.5) ? D.ORIGINS.swedish.f : D.ORIGINS.swedish.m);
    return c.R.chance(0.3) ? G(w.n, 'NAME', 'name:word-also-name') : G(`${f} ${w.n}`, 'NAME', 'name:word-also-name');
  }
  if (c.R.chance(0.3)) return G(`${w.n} ${c.R.pick(D.ORIGINS.swedish.l)}`, 'NAME', 'name:word-also-name');
  return G(w.n, 'NAME', 'name:word-also-name');
}

const wnNameFrames = [
  (c, N) => t`Jag och ${N} gick hem från träningen när någon började följa efter oss.`,
  (c, N) => t`${N} i trapphuset har ringt ${c.kpub('114 14')} flera gånger om mopederna.`,
  (c, N) => t`Fråga ${N} på fritidsgården, hen vet vad som händer.`,
  (c, N) => t`Min granne ${N} blev rånad utanför ${c.kbrand('ICA')} i ${c.kale()}.`,
  (c, N) => t`Det var ${N} som hittade honom i tunneln och ringde ambulans.`,
  (c, N) => t`Vi ringde till ${N} när det hände, hen kom direkt.`,
  (c, N) => t`Tränaren ${N} kör hem alla tjejer efter träningen, annars skulle vi inte våga.`,
];

// ------------------------------------------------------------------ places that are also names
const PLACE_AS_NAME = ['Nora', 'Vilhelmina', 'Fredrika', 'Mark', 'Salem', 'Eda', 'Sofia', 'Klara'];
const placeClean = [
  (c, P) => t`Jag flyttade hit från ${P} för två år sedan och där kändes det tryggare.`,
  (c, P) => t`Min mamma bor i ${P}, där finns nattvandrare varje helg.`,
  (c, P) => t`Vi åkte till ${P} på cup och där var det mycket lugnare på stationen.`,
  (c, P) => t`I ${P} har de kameror på stationen, varför inte här?`,
  (c, P) => t`Jag pendlar mellan ${c.kale()} och ${P} och det värsta är väntan på perrongen.`,
];
const placeNameFrames = [
  (c, N) => t`Mitt barn ${N} vågar inte gå till skolan ensam längre.`,
  (c, N) => t`${N} på kontoret blev hotad på parkeringen förra veckan.`,
  (c, N) => t`Vi har en ny granne som heter ${N} som också har märkt att någon går runt på nätterna.`,
];

// ------------------------------------------------------------------ frames per category
const cat = {};

cat.wordname = {
  pii: [
    (c) => { const w = c.R.pick(WORDNAMES); return c.R.pick(wnNameFrames)(c, wnItem(c, w)); },
    (c) => { const w = c.R.pick(WORDNAMES); const N = w.kind === 'l' ? wnItem(c, w) : G(w.n, 'NAME', 'name:word-also-name'); return w.both(c, N); },
    (c) => { const w = c.R.pick(WORDNAMES); return t`${c.R.pick(w.use)(c)} ${wnItem(c, w)} ${c.R.pick(['har också sett det.', 'berättade det för mig.', 'var med när det hände.', 'kan bekräfta det.'])}`; },
  ],
  clean: [
    (c) => { const w = c.R.pick(WORDNAMES); return c.R.pick(w.use)(c); },
    (c) => { const [a, b] = c.R.shuffle(WORDNAMES).slice(0, 2); return t`${c.R.pick(a.use)(c)} ${c.R.pick(b.use)(c)}`; },
  ],
};

cat.placename = {
  pii: [
    (c) => c.R.pick(placeNameFrames)(c, G(c.R.pick(PLACE_AS_NAME), 'NAME', 'name:place-also-name')),
    (c) => c.R.pick(placeNameFrames)(c, G(`${c.R.pick(PLACE_AS_NAME.filter((x) => x !== 'Mark' && x !== 'Salem'))} ${c.R.pick(D.ORIGINS.swedish.l)}`, 'NAME', 'name:place-also-name')),
  ],
  clean: [
    (c) => c.R.pick(placeClean)(c, K(c.R.pick(D.PLACE_NAMES), 'keep:place')),
    (c) => c.R.pick(placeClean)(c, K(c.R.pick(D.MUNICIPALITIES.filter((m) => /^[A-ZÅÄÖ][a-zåäö]+$/.test(m))), 'keep:place')),
  ],
};

cat.org = {
  pii: [
    (c) => t`Min chef ${c.full()} på ${c.kbrand('Clas Ohlson')} har bett om väktare, men inget händer.`,
    (c) => t`Jag heter ${c.full()} och jobbar på ${c.korg('Räddningstjänsten')}. Vi blir ofta hotade vid utryckningar i ${c.kale()}.`,
    (c) => t`${c.full()} från ${c.korg('Socialtjänsten')} har inte hört av sig sedan ${c.kdate()}.`,
    (c) => t`Handläggaren ${c.fn()} på ${c.korg('Försäkringskassan')} sa att jag skulle vända mig till kommunen.`,
    (c) => t`Väktaren från ${c.korg('Securitas')}, ${c.fn()}, är den enda som säger till ungdomarna vid ${c.kbrand('Max')}.`,
    (c) => t`Jag blev lurad på ${c.kbrand('Blocket')} av en ${c.full()} som ville ha betalt via ${c.kbrand('Swish')} till ${c.mob()}.`,
    (c) => t`Kassörskan ${c.fn(c.P(null, 'f'))} på ${c.kbrand('Willys')} blev spottad på av en kund.`,
    (c) => t`${c.kbrand('Åhléns')} och ${c.kbrand('Lindex')} har väktare, men inte ${c.kbrand('ICA')} där min dotter ${c.fn(c.P(null, 'f'))} jobbar.`,
  ],
  clean: [
    (c) => t`Jag jobbar på ${c.kbrand('Clas Ohlson')} i ${c.K('Nordstan', 'keep:place')} och vi har väktare från ${c.korg('Securitas')} hela dagen.`,
    (c) => t`${c.korg('Socialtjänsten')}, ${c.korg('Polisen')} och ${c.korg('Bris')} borde samarbeta mer kring ungdomarna.`,
    (c) => t`Killarna hänger utanför ${c.kbrand('Max')} och ${c.kbrand('Åhléns')} varje fredag.`,
    (c) => t`${c.korg('Friends')} var på skolan och pratade om mobbning, det var bra.`,
    (c) => t`${c.korg('SL')} har vakter i tunnelbanan, varför har inte ${c.korg('Västtrafik')} det på pendeln?`,
    (c) => t`Jag ringde ${c.korg('Skånetrafiken')} av misstag, haha, här är det ju ${c.korg('Västtrafik')} som gäller.`,
    (c) => t`Vi handlar på ${c.kbrand('Willys')} i ${c.kale()} för att ${c.kbrand('ICA')} är dyrare, men parkeringen där är otrygg.`,
    (c) => t`${c.kbrand('Jensens Böfhus')} och ${c.kbrand("Wayne's Coffee")} har stängt, nu är det tomt och mörkt i centrum.`,
    (c) => t`Personalen på ${c.korg('Systembolaget')} har larmknapp men inte de på ${c.kbrand('Pressbyrån')}.`,
    (c) => t`${c.korg('Brottsofferjouren')} hjälpte mig mycket efter rånet.`,
    (c) => t`Någon har klistrat upp falska lappar från ${c.korg('Skatteverket')} i trapphuset.`,
    (c) => t`${c.korg('Migrationsverket')}, ${c.korg('Arbetsförmedlingen')} och ${c.korg('Kronofogden')} skickar brev som folk inte förstår, och då blir man lättlurad.`,
    (c) => t`Efter att ${c.kbrand('Voi')}-sparkcyklarna kom kör folk på trottoaren hela tiden.`,
    (c) => t`Jag beställer ${c.kbrand('Foodora')} och budet blev rånat utanför min port.`,
    (c) => t`${c.korg('Sahlgrenska')} säger att de ser fler knivskador bland unga.`,
  ],
};

cat.street = {
  pii: [
    (c) => t`Jag bor på ${c.addr(null, { personStreets: true })} och det har varit tre inbrott i trappuppgången i år.`,
    (c) => t`Inbrott på ${c.addr('street', { personStreets: true })} natten till ${c.kdate()}, ingen såg något.`,
    (c) => t`Skicka gärna svar till ${c.addr('postal', { personStreets: true })}.`,
    (c) => t`Bilarna kör för fort på ${c.kst(true)}, speciellt utanför ${c.addr('street')} där barnen leker.`,
    (c) => t`Min adress: ${c.addr(null)}. Det är mörkt hela vägen från stationen.`,
  ],
  clean: [
    (c) => t`Det är mörkt längs ${c.kst(true)} efter ${c.ktime('point')}.`,
    (c) => t`Bilarna kör för fort på ${c.kst()} och ${c.kst(true)}.`,
    (c) => t`Korsningen vid ${c.kst(true)} är farlig, det behövs ett övergångsställe.`,
    (c) => t`Längs ${c.kst()} står det övergivna bilar.`,
    (c) => t`Cykelvägen mellan ${c.kst(true)} och ${c.K('Ale Torg', 'keep:place')} saknar belysning.`,
    (c) => t`Jag undviker ${c.kst(true)} på kvällarna.`,
  ],
};

cat.time = {
  pii: [
    (c) => t`Det hände ${c.kdate()} ${c.ktime('point')}. Ring mig gärna på ${c.mob()}.`,
    (c) => t`Senast ${c.kweek()} stod bilen ${c.plate()} och väntade utanför skolan ${c.ktime()}.`,
    (c) => t`Vi har möte ${c.kdate()} ${c.ktime('point')}, anmäl dig till ${c.mail()}.`,
  ],
  clean: [
    (c) => t`Fritidsgården har öppet ${c.ktime('range')}, men det skulle behövas även ${c.ktime('range')}.`,
    (c) => t`Senaste inbrottet var ${c.kdate()} och innan dess ${c.kdate()}.`,
    (c) => t`Vi har trygghetsvandring ${c.kweek()} ${c.ktime('point')}.`,
    (c) => t`Pendeln ${c.ktime('point')} är ofta inställd och då står man där.`,
    (c) => t`Ärendenummer ${c.knum(`${c.R.int(2023, 2025)}-${c.R.pad(c.R.int(1, 9999), 6)}`)}, anmält ${c.kdate()}.`,
    (c) => t`Betala till ${c.korg('Ale kommun')}, org.nr ${c.knum('212000-1439')}, inte till privatpersoner som knackar dörr.`,
    (c) => t`Jag fick böta ${c.knum(`${c.R.pick(['500', '800', '1 200', '1 500'])} kr`)} för att jag cyklade utan lyse, men gatlamporna är ju trasiga.`,
    (c) => t`${c.knum(`${c.R.int(2, 9)} av 10`)} i min klass känner sig otrygga på stationen.`,
    (c) => t`Hastigheten är ${c.knum(`${c.R.pick(['30', '40', '50'])} km/h`)} men alla kör fortare.`,
    (c) => t`Vi väntade i ${c.knum(`${c.R.int(20, 90)} minuter`)} på polisen ${c.kdate()}.`,
    (c) => t`Det brann i containrarna ${c.kdate()} och igen ${c.kdate()}.`,
  ],
};

cat.pubphone = {
  pii: [
    (c) => t`Jag ringde ${c.kpub('114 14')} och sedan min bror på ${c.mob()}.`,
    (c) => t`Skriv inte ${c.kpub('112')}, ni kan nå mig på ${c.tel()}.`,
    (c) => t`${c.kpub('1177')} sa att jag skulle polisanmäla. Min handläggare ${c.full()} har nummer ${c.land()}.`,
    (c) => t`Om något händer: ring ${c.kpub()} eller mig, ${c.fn()}, ${c.mob()}.`,
  ],
  clean: [
    (c) => t`Ring ${c.kpub('112')} om det är akut, annars ${c.kpub(c.R.pick(['114 14', '11414']))}.`,
    (c) => t`${c.kpub('1177')} gav bra råd efter överfallet.`,
    (c) => t`Kvinnofridslinjen ${c.kpub('020-50 50 50')} borde sitta på varje busshållplats.`,
    (c) => t`Någon ringde från ett ${c.kpub('0900-20 20 20')}-nummer och sa att de var från banken.`,
    (c) => t`${c.korg('Västtrafik')}s kundtjänst ${c.kpub('0771-41 43 00')} svarar inte efter ${c.ktime('point')}.`,
    (c) => t`${c.korg('Bris')} på ${c.kpub('116 111')} är bra för barn som inte vågar prata med vuxna.`,
    (c) => t`Jag ringde ${c.kpub('0771-921 921')} om belysningen på ${c.K('väg 45', 'keep:place')}.`,
    (c) => t`Det står ${c.kpub('112')} på skylten men många vet inte om ${c.kpub('114 14')}.`,
  ],
};

cat.origin = {
  pii: [
    (c) => t`Jag blev hotad av ${c.full()} vid ${c.kspot()}.`,
    (c) => t`${c.fn()} från ${c.kale()} hjälpte mig när jag ramlade på isen.`,
    (c) => t`Vår nya granne ${c.full()} har fått sin bil vandaliserad två gånger.`,
    (c) => t`Min svärmor ${c.full(c.P(null, 'f'))} vågar inte gå till ${c.kbrand('ICA')} själv längre.`,
    (c) => t`Tolken ${c.full()} var med när vi gjorde anmälan hos ${c.korg('Polisen')}.`,
    (c) => t`${c.full()} och ${c.full()} har startat en föräldragrupp som går ut på fredagar.`,
    (c) => t`Killen som slog min son heter ${c.full(c.P(null, 'm'))}, alla vet det.`,
    (c) => t`Jag är ${c.full()} och jag har bott i ${c.kale()} i tjugo år.`,
    (c) => t`Min man ${c.fn(c.P(null, 'm'))} blev rånad på plånboken vid bankomaten.`,
    (c) => t`Hälsningar ${c.full()}`,
  ],
  clean: [
    () => 'Många äldre som inte pratar svenska vet inte vart de ska vända sig.',
    () => 'Information på arabiska, somaliska och tigrinja om hur man anmäler brott skulle hjälpa.',
    (c) => t`Föräldrar från ${c.K(c.R.pick(['Syrien', 'Somalia', 'Eritrea', 'Irak', 'Afghanistan', 'Polen', 'Bosnien']), 'keep:place')} har startat en egen nattvandring, bra initiativ.`,
    () => 'Vi som kom hit som flyktingar litar inte alltid på polisen, det tar tid.',
    () => 'Tolk behövs när polisen kommer hem till folk.',
    (c) => t`Den somaliska föreningen har nattvandrat i ${c.kale()} i två år.`,
    () => 'Den thailändska restaurangen vid torget har haft inbrott tre gånger.',
    () => 'Vi är många som pratar arabiska i området och vi känner oss inte välkomna på fritidsgården.',
    (c) => t`Mina föräldrar kom från ${c.K(c.R.pick(['Finland', 'Bosnien', 'Turkiet', 'Iran', 'Vietnam', 'Kina', 'Thailand', 'Chile']), 'keep:place')} och de säger att det var tryggare här förr.`,
    () => 'Kvinnor med slöja blir trakasserade på bussen, det är ingen som säger något.',
    () => 'Polska och finska pensionärer i vårt hus vågar inte öppna dörren.',
  ],
};

cat.script = {
  pii: [
    (c) => { const [s, l] = c.script('f'); return l ? t`Jag pratade med ${s} (${l}) som också blivit hotad.` : t`Min granne ${s} sa att någon försökte bryta sig in hos henne.`; },
    (c) => { const [s] = c.script('f'); return t`Det var ${s} som ringde polisen, hon pratar inte svenska så bra.`; },
    (c) => { const [s, l] = c.script('m'); return t`Skriv gärna till min pappa ${s}${l ? t` (${l})` : ''}, han förstår inte svenska.`; },
    (c) => { const [s] = c.script('m'); return t`Mannen i porten, ${s}, säger att han har bett ${c.korg('Alebyggen')} om lås.`; },
  ],
  clean: [
    () => 'Skyltar på flera språk vid stationen vore bra.',
    () => 'Någon har skrivit شكرا på väggen i tunneln, det är i alla fall något snällt.',
    () => 'Det står 你好 och en massa tags på elskåpet vid skolan.',
    () => 'Kunde ni skriva سلام och välkommen på skylten vid fritidsgården?',
    () => 'På affischen stod det ขอบคุณ men ingen förstod vad det betydde.',
    () => 'Grannarna skrev سوپاس på en lapp efter att vi hjälpt dem, fint.',
    () => 'Informationen om trygghetsvandringen fanns bara på svenska, inte på arabiska eller persiska.',
  ],
};

const CUES = [['min granne'], ['grannen'], ['läraren'], ['mentorn'], ['vakten'], ['chauffören'], ['kompisen'], ['min kompis'], ['tjejen som heter', 'f'], ['killen som heter', 'm'], ['min kollega'], ['rektorn'], ['tränaren'], ['min bror', 'm'], ['min syster', 'f'], ['kuratorn'], ['fritidsledaren'], ['hon som heter', 'f'], ['en kille som heter', 'm'], ['farbror', 'm'], ['mormor', 'f']];
function cue(c) { const [q, sex] = c.R.pick(CUES); return [q, c.P(c.origin(), sex)]; }
cat.lowercue = {
  pii: [
    (c) => { const [q, p] = cue(c); return t`${q} ${G(p.first.toLowerCase(), 'NAME', 'name:lower-cue')} har ${c.R.pick(['blivit hotad flera gånger', 'sett killarna sälja knark', 'ringt polisen men ingen kom', 'fått sin cykel stulen', 'blivit jagad hem'])}`; },
    (c) => { const [q, p] = cue(c); return t`jag sa till ${q} ${G(p.full.toLowerCase(), 'NAME', 'name:lower-cue')} men inget hände`; },
    (c) => { const [q, p] = cue(c); return t`det var ${q} ${G(p.first.toLowerCase(), 'NAME', 'name:lower-cue')} som hittade mig vid ${c.spot()}`; },
    (c) => { const w = c.R.pick(WORDNAMES.filter((x) => x.kind !== 'l')); const q = c.R.pick(CUES.filter(([, sx]) => !sx || sx === w.kind))[0]; return t`${q} ${G(w.n.toLowerCase(), 'NAME', 'name:lower-cue')} blev rånad vid ${c.spot()}`; },
  ],
  clean: [
    () => 'min granne har sett samma sak men vågar inte anmäla',
    () => 'läraren sa att vi skulle gå hem två och två',
    () => 'vakten på stationen är bra men han jobbar bara på helger',
    () => 'min granne ser allt som händer på gården',
    () => 'läraren vet om det men gör inget',
    () => 'vakten kommer bara när det redan har hänt',
    () => 'kompisen till min bror blev rånad vid kiosken',
    () => 'tränaren kör hem oss efter träningen',
    () => 'rektorn säger att det inte är skolans ansvar',
    () => 'chauffören stannade inte fast vi vinkade',
    () => 'kuratorn har bara tid på tisdagar',
    () => t`min granne vill ${K('bo')} kvar men är rädd`,
    () => t`läraren sa att vi ska ${K('klara')} oss själva`,
    () => t`kompisen fick en ${K('sten')} i huvudet`,
    () => t`vakten sa att ${K('hans')} chef inte bryr sig`,
    () => t`min syster har ingen ${K('vilja')} att gå ut längre`,
  ],
};

cat.namefmt = {
  pii: [
    (c) => t`Min chef ${c.dbl()} har lovat fler lampor på parkeringen.`,
    (c) => t`Grannen ${c.dbl()} vaknade av att någon försökte öppna ytterdörren.`,
    (c) => t`Det var ${c.particle()} som ringde ${c.kpub('112')}.`,
    (c) => t`Vår nya ${c.ktitle('rektor')}, ${c.particle()}, har infört vuxna i korridorerna.`,
    (c) => t`Läraren (${c.initials()}) sa åt oss att inte gå genom tunneln.`,
    (c) => t`Det var ${c.initials()} från klassen som tog bilden och spred den.`,
    (c) => t`${c.nick()} och ${c.nick()} hänger vid kiosken och säljer.`,
    (c) => t`Hälsningar, ${c.dbl()} och ${c.particle()}`,
    (c) => { const p = c.P('swedish'); return t`${G(p.full.toUpperCase(), 'NAME', 'name:caps')} HAR HOTAT MIG TRE GÅNGER OCH INGEN GÖR NÅGOT`; },
    (c) => { const p = c.P(); return t`Vi var hemma hos ${c.fn(p)}, ${G(p.first + (/[sxz]$/.test(p.first) ? '' : 's'), 'NAME', 'name:genitive')} mamma körde oss sedan.`; },
  ],
  clean: [
    (c) => t`${c.ktitle('Rektor')} och ${c.ktitle('kurator')} har varit bra på att lyssna.`,
    (c) => t`${c.ktitle('Kommunpolisen')} var på föräldramötet, det var uppskattat.`,
    (c) => t`${c.ktitle('Biträdande rektor')} var på plats direkt när det hände.`,
    (c) => t`Vi pratade med ${c.ktitle('fältassistenterna')} och ${c.ktitle('fritidsledarna')}, de vet redan om problemet.`,
    (c) => t`Samarbetet i ${c.korg('SSPF')} mellan skola, socialtjänst, polis och fritid borde synas mer.`,
    (c) => t`${c.korg('BRÅ')}-rådet borde bjuda in oss boende till ett möte.`,
    (c) => t`Kontakta ${c.ktitle('skolsköterskan')} om du mår dåligt, det gjorde jag.`,
    (c) => t`${c.korg('IT')}-avdelningen säger att kamerorna vid skolan inte har fungerat på ett år.`,
    (c) => t`Ungdomarna på ${c.korg('HVB')}-hemmet får skulden för allt, men det är inte de.`,
  ],
};

cat.formats = {
  pii: [
    (c) => t`Mitt pnr: ${c.pnr(c.R.pick(['dash', 'long', 'nodash', 'samordning']))}`,
    (c) => t`Jag har samordningsnummer ${c.pnr('samordning')} och fick inte göra anmälan på nätet.`,
    (c) => t`Kontakt: ${c.mail(null, true)}`,
    (c) => t`bilen hade skylten ${c.plate(c.R.pick(['lower', 'dash', 'new']))} och körde mot ${c.kale()}`,
    (c) => t`De tömde mitt konto, pengarna gick från ${c.card('bank')} till ett okänt konto.`,
    (c) => t`Hotet kom från IP ${c.ip('v6')} enligt min internetleverantör.`,
    (c) => t`Ring ${c.intl()} om ni vill prata med min man, han jobbar utomlands.`,
    (c) => t`Min mormor (född ${c.pnr('long', 'old')}) blev lurad av en falsk bankman.`,
    (c) => t`snap ${c.handle(null, true)} insta ${c.handle()}`,
    (c) => t`kortet som stals: ${c.card('payment')}`,
    (c) => t`tel ${c.mob()}, mejl ${c.mail()}, adress ${c.addr('postal')}`,
  ],
  clean: [
    (c) => t`Skyltarna vid ${c.K('väg 45', 'keep:place')} är nedklottrade.`,
    (c) => t`Det finns ${c.knum(`${c.R.int(3, 40)} st`)} trasiga lampor längs ${c.kst()}.`,
    (c) => t`Bussen ${c.knum(`${c.R.int(401, 499)}`)} går för sällan på kvällen.`,
    (c) => t`Appen för felanmälan (version ${c.knum(`${c.R.int(2, 9)}.${c.R.int(1, 30)}.${c.R.int(0, 9)}`)}) kraschar hela tiden.`,
    (c) => t`Det kostade ${c.knum(`${c.R.pick(['2 500', '3 200', '4 800', '12 000'])} kr`)} att byta rutan efter skadegörelsen.`,
    (c) => t`Vi är ${c.knum(`${c.R.int(6, 25)} st`)} i nattvandringsgruppen men behöver fler.`,
    (c) => t`Larmet gick ${c.ktime('point')} men väktaren kom först ${c.knum(`${c.R.int(30, 80)} minuter`)} senare.`,
    (c) => t`Lägenheterna på plan ${c.knum(String(c.R.int(2, 9)))} har ingen belysning i trapphuset sedan ${c.kdate()}.`,
  ],
};

export const CATS = [
  [14, 'wordname'], [7, 'placename'], [11, 'org'], [8, 'street'], [8, 'time'], [7, 'pubphone'],
  [16, 'origin'], [5, 'script'], [8, 'lowercue'], [9, 'namefmt'], [7, 'formats'],
];
export const CAT = cat;

export const SUGG = {
  clean: [
    () => 'Mer belysning.', () => 'Fler vuxna ute.', (c) => t`Samarbete med ${c.korg()}.`, (c) => t`Kameror vid ${c.kspot()}.`,
    (c) => t`Nattvandring ${c.ktime()}.`, (c) => { const w = c.R.pick(WORDNAMES); return c.R.pick(w.use)(c); },
  ],
  pii: [
    (c) => t`Ring mig: ${c.tel()}`, (c) => t`/${c.full()}`, (c) => t`Kontakta ${c.dbl()} i föreningen.`, (c) => t`${c.mail()}`,
  ],
};
