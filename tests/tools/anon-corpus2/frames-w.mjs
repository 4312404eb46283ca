// frames-w.mjs - style w: citizens' written complaints and suggestions to the municipality
// (synpunkter, e-tjänst), staff replies with signature blocks, and meeting notes from the
// local crime-prevention council. Frames written for gen2.

import { t, G } from './lib-core.mjs';

const TOPICS = ['belysningen i gångtunneln', 'nedskräpningen vid återvinningsstationen', 'mopedåkningen på cykelvägen', 'klottret på förskolan', 'fortkörningen förbi skolan', 'de trasiga gatlyktorna', 'buskarna vid busshållplatsen', 'ungdomarna som samlas i trapphuset', 'parkeringen på gångbanan', 'snöröjningen på gc-vägen'];
const DEPT_TITLES = {
  'Sektor samhällsbyggnad': ['Trafikingenjör', 'Gatuchef', 'Handläggare', 'Projektledare', 'Fastighetsförvaltare'],
  'Enheten för trafik och gata': ['Trafikingenjör', 'Gatuchef', 'Handläggare'],
  'Sektor kommunstyrelsen': ['Säkerhetssamordnare', 'Samordnare brottsförebyggande arbete', 'Kommunikatör', 'Utredare'],
  'Sektor utbildning': ['Enhetschef', 'Utredare', 'Handläggare'],
  'Sektor socialtjänst': ['Enhetschef', 'Handläggare', 'Socialsekreterare'],
  'Sektor kultur och fritid': ['Enhetschef', 'Projektledare', 'Fritidskonsulent'],
  'Kontaktcenter': ['Kommunvägledare', 'Handläggare'],
};
const DEPTS = Object.keys(DEPT_TITLES);

function signature(c, staff) {
  const R = c.R;
  const lines = [];
  lines.push(R.w([[4, 'Med vänlig hälsning'], [2, 'Vänliga hälsningar'], [1, 'Hälsningar'], [1, 'MVH']]));
  if (R.chance(0.3)) lines.push('');
  lines.push(c.full(staff));
  const dept = R.pick(DEPTS);
  lines.push(c.ktitle(R.pick(DEPT_TITLES[dept])));
  if (R.chance(0.8)) lines.push(c.korg(dept));
  lines.push(c.korg('Ale kommun'));
  const phoneLine = R.w([[4, () => t`Tel: ${c.land(true)}`], [2, () => t`Direkt: ${c.land(true)}`], [2, () => t`Mobil: ${c.mob()}`], [1, () => t`Tfn ${c.land(true)}, mobil ${c.mob()}`]])();
  lines.push(phoneLine);
  if (R.chance(0.15)) lines.push(t`Växel: ${c.switchboard()}`);
  lines.push(R.chance(0.8) ? t`E-post: ${c.staffMail(staff)}` : c.staffMail(staff));
  if (R.chance(0.3)) lines.push(c.K('www.ale.se', 'keep:org'));
  const out = [];
  lines.forEach((l, i) => { if (i) out.push('\n'); out.push(l); });
  return out;
}

// ------------------------------------------------------------------ complaints with personal data
const complaintPii = [
  (c) => { const p = c.P(); return t`Hej!\nJag heter ${c.full(p)} och bor på ${c.addr()}. Sedan i höstas har gatlyktorna längs ${c.kst()} varit trasiga och det är kolsvart när man går till bussen ${c.ktime()}. Jag har ringt ${c.korg('Ale kommun')} två gånger utan att något hänt.\n\nMed vänlig hälsning\n${c.fn(p)}`; },
  (c) => t`Synpunkt: Bilar parkerar på gångbanan utanför ${c.addr('street')}. ${c.plate()} och ${c.plate()} står där varje natt och barnen måste gå ut i gatan. /${c.fn()}`,
  (c) => t`Till ${c.korg('Samhällsbyggnadsförvaltningen')}\nJag vill anmäla att det har blivit en samlingsplats för ungdomar vid ${c.kspot()} där det langas. Kontakta mig på ${c.tel()} eller ${c.mail()} om ni behöver mer information.`,
  (c) => t`Klagomål gällande grannen ${c.full(c.P(null, 'm'))} på ${c.addr()}. Han spelar hög musik varje natt och har hotat min sambo. ${c.korg('Alebyggen')} gör ingenting. Mvh ${c.full()}`,
  (c) => t`Förslag: fler papperskorgar och belysning i parken vid ${c.kst()}. Hälsningar ${c.full()}, ${c.addr('postal')}`,
  (c) => t`Namn: ${c.full()}\nAdress: ${c.addr('postal')}\nTelefon: ${c.tel()}\nE-post: ${c.mail()}\nÄrende: ${c.R.pick(TOPICS)}\nBeskrivning: Det har varit problem sedan ${c.kdate()} och ingen verkar ta ansvar.`,
  (c) => t`Mitt personnummer är ${c.pnr()} så att ni kan hitta mitt tidigare ärende om inbrottet i förrådet.`,
  (c) => { const kid = c.P(null, 'm'); return t`Hej, min son ${c.fn(kid)} (${c.knum(String(c.R.int(12, 17)) + ' år')}) blev rånad vid ${c.kspot()} ${c.kdate()}. Vi har polisanmält. Jag vill veta vad kommunen tänker göra. ${c.full()}, ${c.mob()}`; },
  (c) => t`Jag har blivit trakasserad av kontot ${c.handle()} på ${c.kbrand('Instagram')} sedan jag skrev om nedskräpningen i ${c.kale()}. Vad kan kommunen göra?`,
  (c) => t`Jag fick ett sms som såg ut att komma från ${c.korg('Ale kommun')} om en parkeringsbot och angav mitt kortnummer ${c.card('payment')}. Hur ska jag göra nu?`,
  (c) => t`Hotfulla mejl har skickats till mig från ${c.mail()}. Enligt ${c.korg('Polisen')} kom de från IP-adressen ${c.ip()}.`,
  (c) => t`Tack till ${c.ktitle('gatuchefen')} ${c.full()} som snabbt åtgärdade belysningen på ${c.kst()}!`,
  (c) => t`Ordningsvakten ${c.fn(c.P(null, 'm'))} vid resecentrum gör ett fantastiskt jobb, ge honom mer resurser!`,
  (c) => t`Busschauffören på linjen mot ${c.kale()} ${c.kdate()} ${c.ktime('point')} (han sa att han heter ${c.fn(c.P(null, 'm'))}) vägrade stanna vid hållplatsen trots att jag vinkade.`,
  (c) => t`Jag vill klaga på att ${c.korg('Socialtjänsten')} inte har återkommit om min granne ${c.full(c.P(null, 'f'))}, som jag tror far illa. Hon bor på ${c.addr('lgh')}.`,
  (c) => t`Vi i bostadsrättsföreningen vill ha ett möte om tryggheten. Kontaktperson: ${c.full()}, ordförande, ${c.tel()}, ${c.mail()}`,
  (c) => t`Hej. Min bil ${c.plate()} blev vandaliserad på pendelparkeringen i ${c.kale()} natten till ${c.kdate()}. Det är tredje gången i år. Varför finns inga kameror? ${c.full()}`,
  (c) => t`Ersättning för skadad cykel kan betalas till konto ${c.card('bank')}. Mvh ${c.full()}`,
  (c) => t`Jag var med på trygghetsvandringen och vill tacka ${c.fn()} och ${c.fn()} från ${c.korg('Fältgruppen')} för ett bra initiativ.`,
  (c) => t`Det står en husbil med ${c.plate('foreign')} på grusplanen vid ${c.kst()} sedan flera veckor. Folk bor i den.`,
  (c) => t`${c.full()} som bor på ${c.addr('street')} eldar sopor i trädgården varje helg, det luktar i hela området.`,
];

// ------------------------------------------------------------------ replies and notes with personal data
const replyPii = [
  (c) => { const cit = c.P(), staff = c.P(); return t`Hej ${c.fn(cit)}!\n\nTack för din synpunkt om ${c.R.pick(TOPICS)}. Vi har lagt in en beställning och arbetet beräknas vara klart ${c.kweek()}.\n\n${signature(c, staff)}`; },
  (c) => { const staff = c.P(); return t`Hej!\nTack för att du hör av dig. Jag har pratat med ${c.korg('Polisen')} och vi kommer att ta upp platsen på nästa möte i brottsförebyggande rådet ${c.kdate()}.\n${signature(c, staff)}`; },
  (c) => { const staff = c.P(); return t`Hej,\nvi har fått din synpunkt och den är registrerad med nummer ${c.knum(`KS ${c.R.int(2022, 2025)}/${c.R.int(100, 999)}`)}. Belysningen på ${c.kst()} kommer att åtgärdas under ${c.kweek()}.\n\n/${c.full(staff)}, ${c.ktitle(c.R.pick(['trafikingenjör', 'handläggare', 'gatuchef']))}, ${c.land(true)}`; },
  (c) => { const cit = c.P(), staff = c.P(); return t`Hej ${c.full(cit)},\n\nvi beklagar att du blivit utsatt. Kommunen kan inte utreda brott, men du kan vända dig till ${c.korg('Brottsofferjouren')} på ${c.kpub('116 006')}. Du är också välkommen att kontakta mig direkt.\n\n${signature(c, staff)}`; },
  (c) => { const ps = [c.P(), c.P(), c.P(), c.P(), c.P()]; const ini = c.initials(ps[2]);
    return t`Minnesanteckningar – lokala brottsförebyggande rådet, ${c.kdate()}\nNärvarande: ${c.full(ps[0])} (${c.ktitle('ordförande')}), ${c.full(ps[1])} (${c.ktitle('kommunpolis')}), ${c.full(ps[2])} (${c.korg('Alebyggen')}), ${c.full(ps[3])} (${c.ktitle('säkerhetssamordnare')})\nFrånvarande: ${c.full(ps[4])}\n\n1. Lägesbild. ${ini} redogjorde för skadegörelsen i ${c.kale()}.\n2. Trygghetsvandring planeras ${c.kweek()}.\n3. Nästa möte ${c.kdate()} ${c.ktime('point')} i kommunhuset.`; },
  (c) => { const a = c.P(), b = c.P(), d = c.P();
    return t`Anteckningar BRÅ-rådet ${c.kdate()}\nDeltagare: ${c.fn(a)} ${c.ln(a)}, ${c.ktitle('samordnare')}; ${c.full(b)}, ${c.korg('Polisen')}; ${c.full(d)}, ${c.korg('Räddningstjänsten')}\nPunkt 1: ${c.fn(b)} rapporterade om ökade inbrott i ${c.kale()}.\nPunkt 2: ${c.fn(a)} tar fram förslag till åtgärdsplan till ${c.kweek()}.`; },
  (c) => t`Ärende ${c.knum(`${c.R.int(2023, 2025)}-${c.R.pad(c.R.int(1, 999), 4)}`)}: Medborgaren ${c.full()} ringde ${c.kdate()} angående ${c.R.pick(TOPICS)}. Återkoppling till ${c.tel()}.`,
  (c) => { const staff = c.P(); return t`Hej och tack för ditt mejl!\nVi har skickat ditt förslag om kameror till ${c.korg('Kommunstyrelsen')}. Har du frågor, ring mig.\nHälsningar ${c.fn(staff)}\n${c.mob()}`; },
  (c) => { const ps = [c.P(), c.P(), c.P()];
    return t`Protokollsutdrag, trygghetsgruppen ${c.kale()}, ${c.kdate()}\nNärvarande: ${c.full(ps[0])}, ${c.full(ps[1])} och ${c.dbl()}\nJusterare: ${c.full(ps[2])}\n§ 4 Belysning vid ${c.kst()} – ${c.fn(ps[0])} kontaktar ${c.korg('Trafikverket')}.`; },
];

// ------------------------------------------------------------------ clean
const clean = [
  (c) => t`Det är för mörkt på gång- och cykelvägen mellan ${c.kale()} och ${c.kale()}. Snälla sätt upp belysning.`,
  (c) => t`Varför tar det så lång tid att laga lamporna vid ${c.kspot()}? Jag anmälde det ${c.kdate()}.`,
  (c) => t`Jag vill vara anonym men vill berätta att det säljs narkotika vid ${c.kspot()} varje kväll ${c.ktime()}.`,
  (c) => t`Förslag: Starta nattvandring i ${c.kale()} igen. ${c.korg('Nattvandrarna')} fanns förut och det gjorde skillnad.`,
  (c) => t`Buskarna längs ${c.kst()} behöver klippas, man ser inte vem som står där.`,
  (c) => t`Hej!\nTack för din synpunkt. Ärendet har skickats vidare till ${c.korg('Tekniska förvaltningen')}. Vi återkommer senast ${c.kweek()}.\nVänliga hälsningar\n${c.korg('Kontaktcenter')}, ${c.korg('Ale kommun')}`,
  (c) => t`Bra jobbat med trygghetsvandringen ${c.kdate()}! Fler sådana.`,
  (c) => t`Mopeder kör på cykelvägen vid ${c.kale()} varje kväll. Ring ${c.korg('Polisen')} på ${c.kpub('114 14')} säger ni, men de kommer aldrig.`,
  (c) => t`Anteckningar BRÅ-rådet ${c.kdate()}. Närvarande: representanter för ${c.korg('Polisen')}, ${c.korg('Alebyggen')}, ${c.korg('Räddningstjänsten')} och ${c.korg('Socialtjänsten')}. Punkt 1: lägesbild ${c.kale()}. Punkt 2: trygghetsvandring ${c.kweek()}.`,
  (c) => t`Vi kan tyvärr inte svara på anonyma synpunkter, men ärendet är registrerat med nummer ${c.knum(`KS ${c.R.int(2022, 2025)}/${c.R.int(100, 999)}`)}.`,
  (c) => t`Ungdomarna vid ${c.K('Ale Torg', 'keep:place')} är inte farliga, de behöver bara någonstans att vara.`,
  (c) => t`${c.korg('Systembolaget')} i ${c.kale()} drar till sig berusade personer på fredagar.`,
  (c) => t`Kvinnofridslinjen ${c.kpub('020-50 50 50')} borde finnas på affischer i alla trapphus.`,
  (c) => t`Skolvägen längs ${c.kst()} saknar övergångsställe. Bilarna kör fort ${c.ktime()}.`,
  (c) => t`Hej,\nvi har tagit emot din synpunkt om ${c.R.pick(TOPICS)} och lämnat den till berörd enhet.\n\nMed vänlig hälsning\n${c.korg('Kontaktcenter')}\n${c.korg('Ale kommun')}\nTelefontid vardagar ${c.ktime('range')}`,
  (c) => t`Förslag: sätt upp en skylt med ${c.kpub('112')} och ${c.kpub('114 14')} vid resecentrum, många vet inte skillnaden.`,
  (c) => t`Jag är ${c.ktitle('fastighetsskötare')} och vill påpeka att källardörrarna i området vid ${c.kst()} är i dåligt skick.`,
  (c) => t`Minnesanteckningar trygghetsråd ${c.kdate()}. Inga synpunkter från allmänheten denna gång. Nästa möte ${c.kweek()}.`,
  (c) => t`Det har varit lugnare sedan ${c.korg('Securitas')} började patrullera vid ${c.kspot()}. Tack!`,
  (c) => t`Glasflaskor krossas varje helg på lekplatsen vid ${c.kst()}. Barnen skär sig.`,
  (c) => t`Kan ni samarbeta med ${c.korg('Västtrafik')} om att ha personal på stationen i ${c.kale()} efter ${c.ktime('point')}?`,
  (c) => t`Jag har ringt ${c.kpub('0771-921 921')} om belysningen längs ${c.K('väg 45', 'keep:place')} men de säger att det är kommunens ansvar.`,
];

const suggClean = [
  () => 'Mer belysning och kameror.', () => 'Nattvandrare på helgerna.', (c) => t`Fler poliser i ${c.kale()}.`,
  () => 'Klipp buskarna.', () => 'Att ni svarar på synpunkter inom rimlig tid.', (c) => t`Bättre samarbete med ${c.korg('Alebyggen')}.`,
];
const suggPii = [
  (c) => t`Ring mig: ${c.tel()}`, (c) => t`Svar till ${c.mail()}`, (c) => t`${c.full()}, ${c.addr('postal')}`,
  (c) => { const staff = c.P(); return t`Svar från kommunen: Tack, vi tar med oss förslaget. /${c.full(staff)}, ${c.land(true)}`; },
];

export const GROUPS = {
  complaint: { w: 55, pii: complaintPii, clean, spii: [...suggPii, ...replyPii.slice(0, 4)], sclean: suggClean, register: 'plain' },
  reply: { w: 45, pii: replyPii, clean, spii: suggPii, sclean: suggClean, register: 'plain' },
};
