// frames-s.mjs - style s: open answers to a municipal safety survey, written by pupils
// (14-19), employees (care, school, technical office) and adults interviewed by hand at
// the travel centre. Frames written for gen2.

import { t, K } from './lib-core.mjs';

// ------------------------------------------------------------------ pupils
const pupilPii = [
  (c) => t`på ${c.spot()} efter skolan, ${c.fn(c.P(null, 'm'))} och hans kompisar står där och kollar på en`,
  (c) => t`blev rånad på mobilen vid ${c.spot()} ${c.when()}, det var någon som heter ${c.fn()}. ${c.korg('polisen')} vet om det`,
  (c) => { const p = c.P(null, 'm'); return t`${c.fn(p)} i ${c.grade()} hotar folk på ${c.kbrand('snap')}, hans konto är ${c.handle(p)}`; },
  (c) => t`läraren ${c.fn()} gör ingenting när folk bråkar i korridoren`,
  (c) => t`mamma sa att jag kunde skriva hennes nummer om ni vill prata med en vuxen ${c.mob()}`,
  (c) => t`jag bor på ${c.addr('street')} och det är jätteläskigt att gå hem från ${c.kspot()} när det är mörkt`,
  (c) => t`en bil med reg ${c.plate()} kör runt skolan varje dag ${c.ktime()} och spelar hög musik`,
  (c) => t`${c.fn()} och ${c.fn()} slogs vid ${c.spot()} och ingen vuxen gjorde något`,
  (c) => t`min kompis ${c.fn()} blev jagad av några killar på moped vid ${c.spot()}`,
  (c) => t`någon la ut min adress ${c.addr()} på ${c.kbrand('Instagram')} och nu vet alla var jag bor`,
  (c) => t`ni kan mejla mig om ni vill veta mer ${c.mail()}`,
  (c) => { const p = c.P(); return t`jag heter ${c.fn(p)} och min insta är ${c.handle(p)} om ni vill fråga något`; },
  (c) => t`vakten på ${c.K('Ale Torg', 'keep:place')} som heter ${c.fn(c.P(null, 'm'))} är snäll men han kan inte vara överallt`,
  (c) => t`busschauffören ${c.nm()} släppte inte på min kompis fast hon hade kort, vi fick gå hem i mörkret`,
  (c) => t`${c.full()} i ${c.grade()} säljer grejer bakom ${c.spot()}, alla vet det`,
  (c) => t`folk från ${c.kp()} kommer hit och bråkar, typ ${c.fn(c.P(null, 'm'))}s gäng`,
  (c) => t`mitt personnummer är ${c.pnr(null, true)} om ni behöver det`,
  (c) => t`${c.nick('m')} och hans kompisar har kniv, jag har sett den`,
  (c) => t`min lärare ${c.full()} säger att vi ska gå i grupp men det hjälper inte`,
  (c) => t`ring min pappa ${c.fn(c.P(null, 'm'))} om ni vill ${c.mob()}`,
  (c) => t`det var en ${c.car()} med ${c.plate()} som följde efter mig och min syster hem`,
  (c) => t`blev hackad på ${c.kbrand('Instagram')} av ${c.handle()}, har anmält men inget händer`,
  (c) => t`snälla gör något åt ${c.fn(c.P(null, 'm'))} i ${c.grade()}, alla är rädda för honom`,
  (c) => t`fritidsledaren ${c.fn()} på fritidsgården är den enda vuxna man kan prata med`,
  (c) => t`${c.fn()} skickar hotbilder till min kompis ${c.fn()} hela tiden på ${c.kbrand('Snapchat')}`,
  (c) => t`min syster ${c.fn(c.P(null, 'f'))} blev tafsad på i bussen hem från ${c.kp()}`,
  (c) => t`om ni vill prata mer så heter jag ${c.full()} och går i ${c.grade()}`,
  (c) => t`${c.fn()} (${c.grade()}) har tagit min cykel två gånger`,
  (c) => t`kuratorn ${c.fn()} lyssnar men sen händer inget`,
  (c) => t`någon skrev att de ska döda mig på ${c.kbrand('TikTok')}, kontot hette ${c.handle(null, c.R.chance(0.5))}`,
  (c) => t`jag och ${c.fn()} blev filmade i omklädningsrummet och det skickades runt`,
  (c) => t`bror till ${c.full()} har en moped ${c.plate('new')} som han kör på skolgården`,
  (c) => t`adde mig på snap om ni vill veta mer: ${c.handle(null, true)}`,
];

const pupilClean = [
  (c) => t`gångtunneln vid ${c.kale()} är mörk och det luktar kiss`,
  (c) => t`${c.K('Ale Torg', 'keep:place')} på kvällen när ${c.kbrand('ICA')} har stängt`,
  (c) => t`i bussen hem, speciellt ${c.ktime()}`,
  () => 'vet inte',
  () => 'ingenstans',
  () => 'nej',
  () => 'känner mig trygg nästan överallt',
  (c) => t`${c.korg('polisen')} borde vara vid stationen i ${c.kale()} på helgerna`,
  () => 'folk röker på toaletten och ingen vuxen bryr sig',
  (c) => t`när det är fest på helgen och folk från ${c.K(c.R.pick(['Göteborg', 'Angered', 'Kungälv', 'Trollhättan']), 'keep:place')} kommer hit`,
  (c) => t`på ${c.kbrand('TikTok')} skriver folk skit om en`,
  (c) => t`ringde ${c.kpub('112')} en gång när någon låg på marken vid ${c.spot()}`,
  (c) => t`någon kastade en ${K('sten')} på bussen när vi åkte förbi ${c.kale()}`,
  (c) => t`utanför ${c.kbrand('Max')} på kvällarna, det hänger massa äldre killar där`,
  (c) => t`skolgården efter ${c.ktime('point')} när alla lärare gått hem`,
  () => 'i omklädningsrummet, folk filmar',
  (c) => t`på ${c.kbrand('Snapchat')}-kartan ser alla var man är`,
  (c) => t`vid ${c.kspot()}, det är alltid någon som bråkar`,
  (c) => t`blev rånad ${c.kdate()} vid perrongen men gjorde ingen anmälan`,
  (c) => t`på vägen hem från träningen ${c.ktime()}, det är helt mörkt vid ${c.spot()}`,
  () => 'mopedkillarna på cykelvägen, de kör typ 60',
  () => 'man ska kunna bo här utan att vara rädd',
  (c) => t`mer vakter från ${c.korg('Securitas')} på ${c.K('Ale Torg', 'keep:place')}`,
  (c) => t`det är tryggt i skolan men inte i ${c.K('Angered', 'keep:place')}`,
  () => 'alltid när man går ensam',
  (c) => t`de äldre killarna i ${c.grade()} tar våra saker`,
  (c) => t`pendeln hem ${c.ktime()}, fulla gubbar`,
  () => 'har aldrig varit med om något',
  (c) => t`i ${c.kale()} centrum när det är mörkt, speciellt på fredagar`,
];

const pupilSuggPii = [
  (c) => t`prata med ${c.fn()} på fritids, han vet vad som händer`,
  (c) => t`flytta ${c.fn(c.P(null, 'm'))} till en annan skola`,
  (c) => t`ni kan skriva till ${c.handle()}`,
  (c) => t`ring mig ${c.mob()}`,
];
const pupilSuggClean = [
  () => 'mer lampor', () => 'fler vuxna ute', () => 'kameror', () => 'vet inte', () => 'inget',
  (c) => t`öppna fritidsgården i ${c.kale()} på helgerna`, () => 'att bussen går oftare', () => 'nattvandrare',
  (c) => t`fler vakter från ${c.korg('Securitas')}`, () => 'lärare som faktiskt gör något', () => 'mer poliser typ',
];

// ------------------------------------------------------------------ employees
const empPii = [
  (c) => t`Jag arbetar i hemtjänsten och åker ensam till brukare sent på kvällen. På ${c.addr()} har jag blivit hotad av en anhörig flera gånger.`,
  (c) => t`Min kollega ${c.full()} blev knivhotad på personalparkeringen vid ${c.K('Ale Torg', 'keep:place')} ${c.kdate()}. Polisanmälan är gjord.`,
  (c) => t`Det står ofta en bil (${c.plate()}) på vår personalparkering på kvällarna med folk som sitter i den och tittar.`,
  (c) => { const p = c.P(); return t`Kontakta mig gärna om ni vill veta mer: ${c.full(p)}, ${c.tel()}`; },
  (c) => t`Jag jobbar på ${c.school()} och eleven ${c.fn()} i ${c.grade()} har hotat flera av oss i personalen.`,
  (c) => t`${c.ktitle('Enhetschef')} ${c.full()} har inte tagit våra larm på allvar, vi har rapporterat sedan ${c.kdate()}.`,
  (c) => t`Vi på ${c.korg('Tekniska förvaltningen')} har fått hotfulla mejl från ${c.mail()} efter beslutet om parkeringen.`,
  (c) => t`Skadegörelsen vid återvinningsstationen på ${c.kst()} har anmälts flera gånger. Kontaktperson på ${c.korg('Alebyggen')} är ${c.full()}, ${c.tel()}.`,
  (c) => t`Någon använde mitt kort ${c.card('payment')} efter att min väska stals i personalrummet.`,
  (c) => t`Någon loggade in på mitt jobbkonto från IP-adressen ${c.ip()}, IT-avdelningen är informerad.`,
  (c) => t`Brukaren ${c.full()} på ${c.addr()} har en hund som är lös i trapphuset, vi vågar inte gå dit ensamma.`,
  (c) => t`Jag blev förföljd hem från jobbet av en man. Han körde en ${c.car()} med registreringsnummer ${c.plate()}.`,
  (c) => t`Min chef ${c.fn()} säger att vi ska ringa ${c.kpub('112')} men det tar för lång tid innan någon kommer.`,
  (c) => t`En förälder, ${c.full()}, skrek åt mig på parkeringen vid ${c.school()} och hotade att "ta reda på var jag bor".`,
  (c) => t`Vi behöver trygghetslarm. Jag har pratat med ${c.ktitle('säkerhetssamordnaren')} ${c.fn()} men inget har hänt.`,
  (c) => t`Jag bor själv på ${c.addr('lgh')} och någon har försökt bryta sig in två gånger.`,
  (c) => t`Det var inbrott i vår personalbod i ${c.kale()}. Vi har polisanmält, handläggare hos polisen är ${c.full()}.`,
  (c) => t`Jag ställer gärna upp i en fokusgrupp: ${c.mail()}`,
  (c) => t`Eleverna ${c.fn()} och ${c.fn()} i ${c.grade()} har spridit bilder på en kollega.`,
  (c) => t`Hot mot personal i ${c.kale()} ${c.kweek()}: en brukares son (${c.full(c.P(null, 'm'))}) kom dit berusad.`,
  (c) => t`Min privata telefon ${c.mob()} har spridits bland eleverna, jag får samtal mitt i natten.`,
  (c) => t`Vi har haft problem med en man som kallar sig ${c.nick('m')} och som sover i soprummet.`,
  (c) => t`Förslag: ta kontakt med ${c.full(c.P(null, 'f'))} på ${c.korg('Fältgruppen')}, hon har bra koll.`,
];
const empClean = [
  (c) => t`Dålig belysning på personalparkeringen i ${c.kale()}.`,
  () => 'Vi behöver larm som fungerar även i källarförråden.',
  (c) => t`Fler väktare från ${c.korg('Securitas')} vid ${c.kspot()} på kvällarna.`,
  (c) => t`Ensamarbete kvällstid, särskilt ${c.ktime()}, känns otryggt.`,
  (c) => t`Samverkan med ${c.korg('Polisen')} fungerar bra i ${c.kale()}.`,
  (c) => t`Ring ${c.kpub('114 14')} när det inte är akut, det vet inte alla kollegor.`,
  (c) => t`Trafiken på ${c.kst()} är farlig när skolan slutar ${c.ktime('point')}.`,
  (c) => t`Vi har haft tre hot mot personal sedan ${c.kdate()} men ingen återkoppling från ${c.korg('Sektor utbildning')}.`,
  () => 'Bra att ni gör den här undersökningen.',
  (c) => t`Jag känner mig trygg på jobbet men inte på väg till pendeln i ${c.kale()}.`,
  (c) => t`Hemtjänsten borde få gå två och två efter ${c.ktime('point')}.`,
  (c) => t`Klottret vid ${c.K('Ale Torg', 'keep:place')} tas inte bort på flera veckor.`,
  (c) => t`${c.ktitle('Ordningsvakter')} vid resecentrum skulle göra skillnad.`,
  (c) => t`Efter branden i ${c.kale()} ${c.kdate()} har många i personalgruppen varit oroliga.`,
  () => 'Inga synpunkter.',
  (c) => t`Jag har blivit hotad via ${c.kbrand('Facebook')} efter ett myndighetsbeslut.`,
  (c) => t`Det är svårt att veta om man ska ringa ${c.kpub('112')} eller ${c.kpub('114 14')}.`,
  (c) => t`Vi saknar rutiner för hot och våld på ${c.school()}.`,
  (c) => t`Som ${c.ktitle('undersköterska')} i nattpatrullen åker jag ensam till larm i hela kommunen.`,
  (c) => t`Personalingången på baksidan står ofta öppen, dörren går inte i lås.`,
  (c) => t`Vi fick utbildning av ${c.korg('Brottsofferjouren')} ${c.kweek()}, mycket bra.`,
];
const empSuggPii = [
  (c) => t`Ring mig gärna: ${c.tel()}`,
  (c) => t`Kontakta mig på ${c.mail()}`,
  (c) => t`Prata med ${c.ktitle('rektor')} ${c.full(c.P(null, 'f'))}, hon vet om problemen.`,
];
const empSuggClean = [
  () => 'Mer belysning.', () => 'Larmknappar i alla rum.', () => 'Att man får gå två och två.', () => 'Kameror vid entrén.',
  (c) => t`Väktare från ${c.korg('Avarn')} kvällstid.`, () => 'Bättre snöröjning på gångvägarna.', () => 'Utbildning i hot och våld.',
  (c) => t`Fler ${c.ktitle('fältassistenter')} ute på kvällarna.`,
];

// ------------------------------------------------------------------ interviews at the travel centre
const intPii = [
  (c) => t`Rånad ${c.kyear(2021, 2024)} vid perrongen. Polisanm. Vill bli kontaktad: ${c.mob()}`,
  (c) => t`Resp. bor ${c.addr()}. Inbrott i förråd ${c.kweek()}.`,
  (c) => t`K ca ${c.age()}, ${c.full(c.P(null, 'f'))} (ville att vi skrev namnet), otrygg i tunneln kvällstid.`,
  (c) => t`Grannen ${c.fn()} överfallen vid hpl. Resp oroad.`,
  (c) => t`Vill ha fler väktare. Har mejlat kommunen fr ${c.mail()} utan svar.`,
  (c) => t`Bil ${c.plate()} kör fort förbi hpl varje morgon ca ${c.ktimeOnly(6, 9)}.`,
  (c) => t`Pnr ${c.pnr()} uppgivet av resp – ska ej registreras.`,
  (c) => t`Tåget ${c.ktime('point')} alltid fullt. Kontakt ${c.fn()} ${c.mob()}`,
  (c) => t`M ${c.age()}. Hotad av ${c.full()} (f.d. partner). Kontaktförbud finns.`,
  (c) => t`Resp. jobbar på ${c.kbrand('Pressbyrån')}, kollegan ${c.fn()} rånad ${c.kdate()}.`,
  (c) => t`Ville lämna tel för uppföljning: ${c.tel()}`,
  (c) => { const p = c.P(); return t`${c.full(p)} vill bli kontaktad, ${c.mail(p)}`; },
  (c) => t`Känner sig förföljd av ${c.handle()} på ${c.kbrand('Instagram')}.`,
  (c) => t`Otrygg pga gäng vid ${c.kspot()}. Nämnde ${c.nm()} som "ledaren".`,
  (c) => t`Busschaufför ${c.fn()} bra, säger till bråkiga. Mer sådana!`,
  (c) => t`Resp (${c.full()}, ${c.addr('postal')}) vill ha svar per post.`,
  (c) => t`Dotter ${c.fn(c.P(null, 'f'))} ${String(c.R.int(12, 24))} år rånad på väg hem, gärningsman kallas ${c.nick('m')}.`,
];
const intClean = [
  (c) => t`Otrygg kvällstid, särsk. vid ${c.spot()}. Bl.a. berusade personer.`,
  () => 'Vet ej. Sällan här.',
  () => 'Inga problem dagtid.',
  (c) => t`Mkt folk vid ${c.K('Ale Torg', 'keep:place')}, ok.`,
  () => 'Ville inte svara.',
  (c) => t`Saknar info om förseningar i ${c.korg('Västtrafik')}-appen.`,
  (c) => t`Belysn. dålig gc-väg mot ${c.kale()}.`,
  (c) => t`Trygg. Bor i ${c.kale()} sen ${c.kyear(1970, 2020)}.`,
  (c) => t`Rökning + knark vid p-huset ${c.ktime()}.`,
  (c) => t`Sett folk dela ut knark vid perrongen, ringde ${c.kpub('114 14')}.`,
  (c) => t`Väktare fr ${c.korg('Avarn')} syns ibland, bra.`,
  () => 'Vill ha kameror. Mindre klotter.',
  (c) => t`Otrygg i ${c.K('Göteborg', 'keep:place')}, inte här.`,
  (c) => t`Kvinna, ${c.knum(c.R.pick(['65', '70', '75']) + '+')}, går ej ut efter ${c.ktimeOnly(17, 22)}.`,
  (c) => t`Inställda tåg ${c.kweek()}, fick vänta 1 h i mörkret.`,
  (c) => t`Bra m. ${c.korg('Nattvandrarna')} fre-lör.`,
  () => 'Ingen kommentar.',
  (c) => t`Rädd för ungdomsgäng, ser dem vid ${c.kbrand('McDonald\'s')} ibland.`,
  (c) => t`Ser polis ngn gång i månaden. För lite.`,
];
const intSuggPii = [
  (c) => t`Ring resp: ${c.tel()}`,
  (c) => { const p = c.P(); return t`Kontakta ${c.fn(p)} på ${c.mail(p)}`; },
];
const intSuggClean = [
  () => 'Mer belysn.', () => 'Fler tåg kvällstid', () => 'Väktare', () => 'Kameror', () => '-', () => 'Vet ej',
  (c) => t`Öppet väntrum ${c.ktime()}`, () => 'Bättre skyltning', () => 'Mer polis',
];

export const GROUPS = {
  pupil: { w: 40, pii: pupilPii, clean: pupilClean, spii: pupilSuggPii, sclean: pupilSuggClean, register: 'pupil' },
  employee: { w: 35, pii: empPii, clean: empClean, spii: empSuggPii, sclean: empSuggClean, register: 'plain' },
  interview: { w: 25, pii: intPii, clean: intClean, spii: intSuggPii, sclean: intSuggClean, register: 'plain' },
};
