// Makers of personal-data items and of harmless look-alikes (traps).  Each maker returns a
// list of pieces: {t: text} plain, {t, kind, tag} a personal-data item, {t, keep} a trap.

import Personnummer from 'personnummer';
import SwedishSSN from 'swedish-ssn-generator';
import * as H from './handkept.mjs';

const item = (kind, t, tag) => ({ t, kind, tag });
const keep = (t, tag) => ({ t, keep: tag });
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

// look-alike characters (issue 13, class 15)
export const DASHES = { 'en-dash': '\u2013', 'nb-hyphen': '\u2011', 'hyphen': '\u2010', 'minus': '\u2212', 'em-dash': '\u2014', 'fig-dash': '\u2012' };
export const ZW = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
const fullwidth = (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))).replace(/-/g, '\uff0d').replace(/\+/g, '\uff0b');
const HOMOGLYPH = { A: 'А', B: 'В', E: 'Е', K: 'К', M: 'М', H: 'Н', O: 'О', P: 'Р', C: 'С', T: 'Т', X: 'Х', a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х' };

const ORIGIN_TAG = {
  newborn: 'newborn', sv: 'latin', latin: 'latin', fi: 'finnish', pl: 'polish', bcs: 'bcs', tr: 'turkish',
  ku: 'kurdish', ar: 'arabic-latin', fa: 'persian-latin', so: 'somali', ti: 'tigrinya-latin', nick: 'nickname',
  rare: 'rare', en: 'english',
};

export class Pii {
  constructor(rng, pool, style) {
    this.rng = rng;
    this.p = pool;
    this.style = style;
    this.mix = {
      a: [[40, 'newborn'], [10, 'sv'], [9, 'nick'], [6, 'so'], [8, 'ar'], [4, 'fa'], [4, 'ku'], [4, 'tr'], [4, 'ti'], [4, 'bcs'], [3, 'pl'], [3, 'fi'], [2, 'rare']],
      b: [[18, 'newborn'], [8, 'sv'], [10, 'latin'], [6, 'nick'], [6, 'so'], [7, 'ar'], [5, 'fa'], [5, 'ku'], [7, 'tr'], [5, 'ti'], [7, 'bcs'], [6, 'pl'], [6, 'fi'], [6, 'rare'], [4, 'en']],
      c: [[30, 'sv'], [25, 'newborn'], [5, 'latin'], [4, 'so'], [5, 'ar'], [4, 'fa'], [3, 'ku'], [4, 'tr'], [3, 'ti'], [4, 'bcs'], [4, 'pl'], [5, 'fi']],
      x: [[30, 'newborn'], [15, 'sv'], [10, 'ar'], [8, 'so'], [8, 'tr'], [6, 'fa'], [6, 'pl'], [6, 'fi'], [6, 'bcs'], [5, 'ku']],
    }[style];
  }

  // ---------------------------------------------------------------- names
  origin() { return this.rng.weighted(this.mix); }

  given(origin) {
    const r = this.rng, p = this.p;
    switch (origin) {
      case 'newborn': return p.newborn.pick(r);
      case 'sv': return r.pick(p.svFirst);
      case 'latin': { const l = p.latinLocales[r.pick(['de', 'nb_NO', 'da', 'nl', 'fr', 'it', 'es', 'cs_CZ', 'hu', 'ro', 'pt_PT', 'lv'])]; return r.pick(l.first); }
      case 'en': return r.pick(p.latinLocales.en.first);
      case 'fi': return r.pick(p.fiFirst);
      case 'pl': return r.pick(p.plFirst);
      case 'bcs': return r.pick(p.bcsFirst);
      case 'tr': return r.pick(p.trFirst);
      case 'ku': return r.pick(p.kuFirst);
      case 'ar': return r.pick(p.arFirstLatin);
      case 'fa': return r.pick(p.faFirstLatin);
      case 'so': return r.pick(p.soFirst);
      case 'ti': return r.pick(p.tiFirst)[0];
      case 'nick': return r.pick(p.nick);
      case 'rare': return r.pick(p.rare);
      default: throw new Error('origin ' + origin);
    }
  }

  family(origin) {
    const r = this.rng, p = this.p;
    switch (origin) {
      case 'newborn': case 'sv': case 'nick': case 'rare': return r.pick(p.svLast);
      case 'latin': { const l = p.latinLocales[r.pick(['de', 'nb_NO', 'da', 'nl', 'fr', 'it', 'es'])]; return r.pick(l.last); }
      case 'en': return r.pick(p.latinLocales.en.last);
      case 'fi': return r.pick(p.fiLast);
      case 'pl': return r.pick(p.plLast);
      case 'bcs': return r.pick(p.bcsLast);
      case 'tr': return r.pick(p.trLast);
      case 'ku': return r.pick(p.kuLast);
      case 'ar': return r.pick(p.arLastLatin);
      case 'fa': return r.pick(p.faLastLatin);
      case 'so': return r.pick(p.soFather);
      case 'ti': return r.pick(p.tiFather)[0];
      default: throw new Error('origin ' + origin);
    }
  }

  nameFirst(origin = this.origin()) {
    return [item('NAME', this.given(origin), 'name:' + ORIGIN_TAG[origin])];
  }
  nameFull(origin = this.origin()) {
    if (origin === 'nick') origin = 'newborn';
    let v = this.given(origin) + ' ' + this.family(origin);
    if (origin === 'so' && this.rng.chance(0.4)) v += ' ' + this.family('so');
    return [item('NAME', v, 'name:' + ORIGIN_TAG[origin])];
  }
  nameNick() { return [item('NAME', this.rng.pick(this.p.nick), 'name:nickname')]; }
  nameSurname() {
    const o = this.rng.weighted([[6, 'sv'], [1, 'fi'], [1, 'pl'], [1, 'bcs'], [1, 'fa'], [1, 'tr']]);
    return [item('NAME', this.family(o), 'name:surname')];
  }
  nameLower() { return [item('NAME', this.given(this.origin()).toLowerCase(), 'name:lower')]; }
  nameLowerFull() {
    const o = this.origin() === 'nick' ? 'newborn' : this.origin();
    return [item('NAME', (this.given(o) + ' ' + this.family(o)).toLowerCase(), 'name:lower-full')];
  }
  nameCoordLower() { return [item('NAME', this.given(this.rng.pick(['newborn', 'nick', 'ar', 'so', 'tr'])).toLowerCase(), 'name:lower-coord')]; }
  nameWord() { return [item('NAME', this.rng.pick(this.p.wordNames), 'name:word-also-name')]; }
  nameWordFull() {
    const g = this.rng.chance(0.5) ? this.rng.pick(this.p.wordNames) : this.given('newborn');
    return [item('NAME', g + ' ' + this.rng.pick(this.p.wordSurnames), 'name:word-also-name')];
  }
  nameWordLower() { return [item('NAME', this.rng.pick(this.p.wordNames).toLowerCase(), 'name:word-also-name')]; }
  nameInitials() {
    const r = this.rng;
    const g = this.given(r.pick(['newborn', 'sv', 'sv'])), f = this.family('sv');
    const L = () => String.fromCharCode(65 + r.int(26)).replace(/[IQVWXZ]/, 'E');
    const v = r.weighted([
      [3, `${g} ${L()} ${f}`], [3, `${L()}. ${f}`], [2, `${L()}-${L()} ${f}`], [2, `${g} ${f.charAt(0)}.`],
      [1, `${L()}.${L()}. ${f}`], [1, `${L()}. ${L()}. ${f}`], [1, `${g} ${L()}. ${f}`],
    ]);
    return [item('NAME', v, 'name:initials')];
  }
  nameDouble() {
    const r = this.rng;
    const A = ['Anna', 'Ann', 'Eva', 'Maria', 'Lena', 'Karin', 'Britt', 'Anne', 'Lisa', 'Mia', 'Sara'];
    const B = ['Karin', 'Sofie', 'Marie', 'Christin', 'Lena', 'Louise', 'Britt', 'Maja', 'Li'];
    const M1 = ['Lars', 'Per', 'Karl', 'Jan', 'Nils', 'Bengt', 'Hans', 'Sven', 'Carl', 'Erik'];
    const M2 = ['Erik', 'Olof', 'Johan', 'Göran', 'Åke', 'Gunnar', 'Axel', 'Magnus', 'Fredrik'];
    const v = r.weighted([
      [3, `${r.pick(A)}-${r.pick(B)} ${this.family('sv')}`], [3, `${r.pick(M1)}-${r.pick(M2)} ${this.family('sv')}`],
      [2, `${this.given('newborn')} ${this.family('sv')}-${this.family(r.pick(['sv', 'fi', 'pl']))}`],
      [2, `${this.given('newborn')} ${this.given('newborn')} ${this.family('sv')}`],
      [1, `${r.pick(r.pick([this.p.newbornHyphen, this.p.newbornHyphen]))} ${this.family('sv')}`],
      [1, `${r.pick(A)}-${r.pick(B)}`],
    ]);
    return [item('NAME', v, 'name:double')];
  }
  nameGenitive() {
    let g = this.given(this.rng.pick(['newborn', 'newborn', 'sv', 'nick']));
    g = /[sxz]$/.test(g) ? g : g + 's';
    return [item('NAME', g, 'name:genitive')];
  }
  nameArabicScript(full = this.rng.chance(0.5), s = this.p.arabicScript) {
    const v = full ? this.rng.pick(s.first) + ' ' + this.rng.pick(s.last) : this.rng.pick(s.first);
    return [item('NAME', v, 'name:arabic-script')];
  }
  nameCyrillic(full = this.rng.chance(0.6)) {
    const loc = this.p.cyr[this.rng.pick(['ru', 'uk'])][this.rng.pick(['F', 'M'])];
    const v = full ? this.rng.pick(loc[0]) + ' ' + this.rng.pick(loc[1]) : this.rng.pick(loc[0]);
    return [item('NAME', v, 'name:cyrillic')];
  }
  nameGeez(full = this.rng.chance(0.5)) {
    const v = full ? this.rng.pick(this.p.tiFirst)[1] + ' ' + this.rng.pick(this.p.tiFather)[1] : this.rng.pick(this.p.tiFirst)[1];
    return [item('NAME', v, 'name:geez')];
  }
  nameOtherScript() {
    const o = this.rng.pick(this.p.otherScript);
    const v = this.rng.chance(0.5) ? this.rng.pick(o.first) + ' ' + this.rng.pick(o.last) : this.rng.pick(o.first);
    return [item('NAME', v, 'name:other-script')];
  }
  nameCaps() { return [item('NAME', this.nameFull()[0].t.toUpperCase(), 'name:caps')]; }
  nameOrigin(o) { return this.rng.chance(0.5) ? this.nameFirst(o) : this.nameFull(o); }

  // hostile spellings (class 15)
  nameSoftHyphen() {
    const g = this.given(this.rng.pick(['ar', 'newborn', 'so', 'tr'])).replace(/[-\s]/g, '');
    const k = 1 + this.rng.int(Math.max(1, g.length - 2));
    return [item('NAME', g.slice(0, k) + '\u00ad' + g.slice(k), 'name:soft-hyphen')];
  }
  nameZeroWidth() {
    const g = this.nameFull(this.rng.pick(['newborn', 'ar', 'fi']))[0].t;
    const k = 1 + this.rng.int(3);
    return [item('NAME', g.slice(0, k) + this.rng.pick(ZW) + g.slice(k), 'name:zero-width')];
  }
  nameHomoglyph() {
    let g;
    do g = this.given(this.rng.pick(['newborn', 'sv'])); while (!/[ABEKMHOPCTXaeopcx]/.test(g));
    const i = [...g].findIndex((ch) => HOMOGLYPH[ch]);
    return [item('NAME', g.slice(0, i) + HOMOGLYPH[g[i]] + g.slice(i + 1), 'name:homoglyph')];
  }
  nameNfd() {
    let g;
    do g = this.nameFull(this.rng.pick(['newborn', 'sv', 'tr', 'fi']))[0].t; while (!/[åäöüéÅÄÖÜçş]/.test(g));
    return [item('NAME', g.normalize('NFD'), 'name:nfd')];
  }
  nameSpaced() {
    const g = this.given(this.rng.pick(['newborn', 'ar'])).replace(/[-\s]/g, '');
    return [item('NAME', [...g].join(' '), 'name:letter-spaced')];
  }

  // ------------------------------------------------------------- personnummer
  ssn(year, month, day) {
    // swedish-ssn-generator draws the serial with Math.random: lend it ours
    const saved = Math.random;
    Math.random = () => this.rng.float();
    try {
      for (;;) {
        const s = SwedishSSN.generateSSNWithParameters(new Date(year, month - 1, day), this.rng.pick(['m', 'f']));
        if (/^\d{6}-\d{4}$/.test(s) && s.slice(0, 6) === String(year).slice(2) + pad(month) + pad(day)) return s;
      }
    } finally {
      Math.random = saved;
    }
  }
  pnrDigits({ minYear = 1935, maxYear = 2012, coord = false, wrong = false } = {}) {
    const r = this.rng;
    const year = r.range(minYear, maxYear), month = r.range(1, 12), day = r.range(1, 28);
    let s;
    do s = this.ssn(year, month, day).replace('-', ''); while (s.slice(6, 9) === '000'); // serial 000 is never issued
    if (coord) {
      s = s.slice(0, 4) + pad(day + 60) + s.slice(6, 9);
      s += luhn(s);
    }
    if (wrong) s = s.slice(0, 9) + String((Number(s[9]) + 1 + r.int(9)) % 10);
    const ok = Personnummer.valid(String(year).slice(0, 2) + s, { allowCoordinationNumber: true });
    if (ok === wrong) throw new Error('personnummer check failed for ' + s);
    return { cc: String(year).slice(0, 2), s };
  }
  pnrShape(d, shape) {
    const { cc, s } = d;
    const a = s.slice(0, 6), b = s.slice(6);
    switch (shape) {
      case '10-dash': return `${a}-${b}`;
      case '10-plain': return `${a}${b}`;
      case '12-dash': return `${cc}${a}-${b}`;
      case '12-plain': return `${cc}${a}${b}`;
      case 'spaced': return this.rng.pick([`${a} ${b}`, `${cc}${a} ${b}`, `${cc}${a.slice(0, 2)} ${a.slice(2, 4)} ${a.slice(4)}-${b}`, `${a} - ${b}`, `${a.slice(0, 2)} ${a.slice(2, 4)} ${a.slice(4)} ${b}`]);
      case 'plus': return `${a}+${b}`;
      default: throw new Error(shape);
    }
  }
  pnr(kind) {
    const r = this.rng;
    kind = kind || r.weighted([[4, '10-dash'], [2, '10-plain'], [3, '12-dash'], [2, '12-plain'], [3, 'spaced'], [1, 'plus'], [2, 'wrong-check'], [2, 'samordning']]);
    if (kind === 'plus') return [item('PNR', this.pnrShape(this.pnrDigits({ minYear: 1912, maxYear: 1925 }), 'plus'), 'pnr:plus')];
    const shapes = ['10-dash', '10-plain', '12-dash', '12-plain', 'spaced'];
    if (kind === 'wrong-check') return [item('PNR', this.pnrShape(this.pnrDigits({ wrong: true }), r.pick(shapes)), 'pnr:wrong-check')];
    if (kind === 'samordning') return [item('PNR', this.pnrShape(this.pnrDigits({ coord: true, wrong: r.chance(0.2) }), r.pick(shapes)), 'pnr:samordning')];
    return [item('PNR', this.pnrShape(this.pnrDigits(), kind), 'pnr:' + kind)];
  }
  pnrHostile(kind) {
    const r = this.rng;
    const d = this.pnrDigits({ wrong: r.chance(0.15), coord: r.chance(0.1) });
    const base = this.pnrShape(d, r.pick(['10-dash', '12-dash']));
    switch (kind) {
      case 'dash-lookalike': return [item('PNR', base.replace('-', DASHES[r.pick(['en-dash', 'nb-hyphen', 'hyphen', 'minus'])]), 'pnr:dash-lookalike')];
      case 'fullwidth': return [item('PNR', r.chance(0.5) ? fullwidth(base) : fullwidth(base.slice(0, 4)) + base.slice(4), 'pnr:fullwidth')];
      case 'spaced-digits': return [item('PNR', [...d.s].join(' '), 'pnr:spaced-digits')];
      case 'nbsp': return [item('PNR', this.pnrShape(d, '10-dash').replace('-', r.pick(['\u00a0', '\u202f', '\u2009'])), 'pnr:nbsp')];
      case 'zero-width': { const k = 2 + r.int(6); return [item('PNR', base.slice(0, k) + r.pick(ZW) + base.slice(k), 'pnr:zero-width')]; }
      case 'bidi': { const k = 2 + r.int(6); return [item('PNR', base.slice(0, k) + r.pick(['\u200e', '\u200f', '\u061c']) + base.slice(k), 'pnr:bidi')]; }
      case 'dots': return [item('PNR', `${d.s.slice(0, 2)}.${d.s.slice(2, 4)}.${d.s.slice(4, 6)}-${d.s.slice(6)}`, 'pnr:dots')];
      default: throw new Error(kind);
    }
  }

  // ------------------------------------------------------------------ phones
  mobileDigits() { return this.rng.pick(['70', '72', '73', '76', '79']) + this.rng.digits(7); }
  mobileShape(m) {
    // m = 9 digits after the leading 0
    const r = this.rng;
    const a = '0' + m.slice(0, 2), rest = m.slice(2);
    return r.weighted([
      [4, `${a}-${rest.slice(0, 3)} ${rest.slice(3, 5)} ${rest.slice(5)}`], [3, `${a} ${rest.slice(0, 3)} ${rest.slice(3, 5)} ${rest.slice(5)}`],
      [3, `${a}${rest}`], [2, `${a}-${rest}`], [1, `${a} ${rest.slice(0, 2)} ${rest.slice(2, 4)} ${rest.slice(4)}`],
      [1, `${a.slice(0, 2)} ${a.slice(2)}${rest.slice(0, 1)} ${rest.slice(1, 3)} ${rest.slice(3, 5)} ${rest.slice(5)}`],
      [1, `(${a}) ${rest.slice(0, 3)} ${rest.slice(3, 5)} ${rest.slice(5)}`], [1, `${a}/${rest}`],
    ]);
  }
  phone(kind) {
    const r = this.rng;
    kind = kind || r.weighted([[6, 'mobile'], [2, 'landline'], [3, 'intl-se'], [1, 'dotted'], [1, 'swish']]);
    const m = this.mobileDigits();
    switch (kind) {
      case 'mobile': return [item('PHONE', this.mobileShape(m), 'phone:mobile')];
      case 'landline': {
        const area = r.pick(['08', '031', '040', '0303', '0520', '018', '019', '021', '090', '0920', '063', '060', '054', '036', '035', '046', '042', '013', '011', '016', '026', '023', '0322', '0340']);
        const n = r.digits(area.length === 2 ? 7 : area.length === 3 ? 6 : 6);
        const v = r.weighted([[3, `${area}-${n.slice(0, n.length - 4)} ${n.slice(-4, -2)} ${n.slice(-2)}`], [2, `${area}-${n}`], [1, `${area} ${n}`], [1, `${area}-${n.slice(0, 3)} ${n.slice(3)}`]]);
        return [item('PHONE', v, 'phone:landline')];
      }
      case 'intl-se': {
        const v = r.weighted([
          [3, `+46 ${m.slice(0, 2)} ${m.slice(2, 5)} ${m.slice(5, 7)} ${m.slice(7)}`], [2, `+46${m}`], [2, `0046 ${m.slice(0, 2)} ${m.slice(2, 5)} ${m.slice(5, 7)} ${m.slice(7)}`],
          [2, `+46 (0)${m.slice(0, 2)} ${m.slice(2, 5)} ${m.slice(5, 7)} ${m.slice(7)}`], [1, `+46-${m.slice(0, 2)}-${m.slice(2)}`], [1, `0046${m}`],
        ]);
        return [item('PHONE', v, 'phone:intl-se')];
      }
      case 'dotted': return [item('PHONE', `0${m.slice(0, 2)}.${m.slice(2, 5)}.${m.slice(5, 7)}.${m.slice(7)}`, 'phone:dotted')];
      case 'swish': return [item('PHONE', this.mobileShape(m), 'phone:swish')];
      case 'foreign': {
        const loc = r.pick(Object.keys(this.p.phoneFormats));
        const f = r.pick(this.p.phoneFormats[loc]);
        const v = f.replace(/#/g, () => String(r.int(10))).replace(/!/g, () => String(2 + r.int(8)));
        return [item('PHONE', v, (v.replace(/\D/g, '').length >= 12 ? 'phone:foreign-long' : 'phone:foreign'))];
      }
      case 'foreign-long': {
        const v = r.pick([
          () => `+964 7${r.pick(['50', '70', '80'])} ${r.digits(3)} ${r.digits(4)}`, () => `00964 7${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`,
          () => `+9647${r.digits(9)}`, () => `+252 61 ${r.digits(3)} ${r.digits(4)}`, () => `00252${r.pick(['61', '63', '90'])}${r.digits(7)}`,
          () => `+98 9${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`, () => `+90 5${r.digits(2)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
          () => `+49 15${r.digits(2)} ${r.digits(7)}`, () => `+234 80${r.digits(1)} ${r.digits(3)} ${r.digits(4)}`,
          () => `+963 9${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, () => `00963 9${r.digits(8)}`, () => `+358 4${r.digits(1)} ${r.digits(3)} ${r.digits(4)}`,
          () => `+291 7 ${r.digits(3)} ${r.digits(3)}`, () => `+387 6${r.digits(1)} ${r.digits(3)} ${r.digits(3)}`, () => `+44 7${r.digits(3)} ${r.digits(6)}`,
          () => `+1 (${r.range(201, 989)}) ${r.digits(3)}-${r.digits(4)}`, () => `+9715${r.digits(8)}`, () => `+212 6${r.digits(2)}-${r.digits(6)}`,
        ])();
        return [item('PHONE', v, 'phone:foreign-long')];
      }
      case 'dash-lookalike': return [item('PHONE', `0${m.slice(0, 2)}-${m.slice(2, 5)} ${m.slice(5, 7)} ${m.slice(7)}`.replace('-', DASHES[r.pick(['en-dash', 'nb-hyphen', 'hyphen', 'minus', 'fig-dash'])]), 'phone:dash-lookalike')];
      case 'fullwidth': { const v = this.mobileShape(m); return [item('PHONE', r.chance(0.6) ? fullwidth(v) : fullwidth(v.slice(0, 3)) + v.slice(3), 'phone:fullwidth')]; }
      case 'spaced-digits': return [item('PHONE', [...('0' + m)].join(' '), 'phone:spaced-digits')];
      case 'nbsp': return [item('PHONE', `0${m.slice(0, 2)}-${m.slice(2, 5)} ${m.slice(5, 7)} ${m.slice(7)}`.replace(/ /g, r.pick(['\u00a0', '\u202f', '\u2009', '\u2007'])), 'phone:nbsp')];
      case 'zero-width': { const v = '0' + m; const k = 2 + r.int(7); return [item('PHONE', v.slice(0, k) + r.pick(ZW) + v.slice(k), 'phone:zero-width')]; }
      case 'mixed-sep': return [item('PHONE', `0${m.slice(0, 2)}.${m.slice(2, 5)}-${m.slice(5, 7)}/${m.slice(7)}`, 'phone:mixed-sep')];
      default: throw new Error(kind);
    }
  }

  // ------------------------------------------------------------------ e-mail
  local(nameParts) {
    const r = this.rng;
    const fold = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').replace(/[^a-z0-9]/g, '');
    const [g, f] = nameParts.map(fold);
    const yy = String(r.range(70, 99) % 100).padStart(2, '0');
    return r.weighted([[4, `${g}.${f}`], [2, `${g}${f}`], [2, `${g[0]}${f}`], [2, `${g}_${f}`], [2, `${g}${yy}`], [1, `${f}.${g}`], [1, `${g}.${f}${r.int(10)}`], [1, `${g}${r.range(1, 999)}`]]);
  }
  emailParts(origin) {
    const o = origin || this.origin();
    return [this.given(o === 'nick' ? 'newborn' : o), this.family(o === 'nick' ? 'newborn' : o)];
  }
  email(kind) {
    const r = this.rng;
    kind = kind || r.weighted([[8, 'plain'], [1, 'caps'], [2, 'foreign'], [1, 'at-written']]);
    const local = this.local(this.emailParts());
    const se = ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com', 'yahoo.se', 'icloud.com', 'me.com', 'live.se', 'telia.com', 'bredband.net', 'spray.se', 'comhem.se', 'hotmail.se', 'protonmail.com', 'gmx.com'];
    switch (kind) {
      case 'plain': return [item('EMAIL', `${local}@${r.pick(se)}`, 'email:plain')];
      case 'caps': return [item('EMAIL', `${local}@${r.pick(se)}`.toUpperCase(), 'email:caps')];
      case 'foreign': return [item('EMAIL', `${local}@${r.pick(this.p.freeEmail)}`, 'email:foreign')];
      case 'work': return [item('EMAIL', `${local.replace(/[_\d]/g, '.').replace(/\.+/g, '.').replace(/^\.|\.$/g, '')}@${r.pick(['ale.se', 'kungalv.se', 'lerum.se', 'alingsas.se', 'stenungsund.se', 'polisen.se', 'skola.ale.se', 'alebyggen.se'])}`, 'email:work')];
      case 'idn': { const g = this.given('newborn').toLowerCase(); return [item('EMAIL', `${g}.${this.family('sv').toLowerCase()}@${r.pick(se)}`, /[åäö]/.test(g) ? 'email:idn' : 'email:plain')]; }
      case 'at-written': {
        const dom = r.pick(['YAHOO.COM', 'GMAIL.COM', 'HOTMAIL.COM', 'gmail.com', 'hotmail.se', 'outlook.com']);
        const L = dom === dom.toUpperCase() ? local.toUpperCase() : local;
        const v = r.weighted([[3, `${L} (AT) ${dom}`], [2, `${L}(at)${dom}`], [2, `${L} [at] ${dom}`], [1, `${L} at ${dom}`], [1, `${L} snabel-a ${dom}`], [1, `${L}[@]${dom}`], [1, `${L} @ ${dom}`]]);
        return [item('EMAIL', v, 'email:at-written')];
      }
      case 'fullwidth-at': return [item('EMAIL', `${local}\uff20${r.pick(se)}`, 'email:fullwidth-at')];
      case 'zero-width': { const v = `${local}@${r.pick(se)}`; const k = 1 + r.int(Math.max(1, local.length - 1)); return [item('EMAIL', v.slice(0, k) + r.pick(ZW) + v.slice(k), 'email:zero-width')]; }
      case 'dot-written': return [item('EMAIL', `${local} at ${r.pick(['gmail', 'hotmail', 'outlook'])} dot com`, 'email:at-written')];
      default: throw new Error(kind);
    }
  }

  // ---------------------------------------------------------------- addresses
  streetName(kind = 'plain') {
    const r = this.rng, p = this.p;
    const part = () => r.pick(p.streetParts);
    switch (kind) {
      case 'plain': return r.chance(0.15) ? this.family('sv') + r.pick(['gatan', 'vägen']) : part() + r.pick(p.streetSuffixCommon);
      case 'rare-suffix': return part() + r.pick(p.streetSuffixRare);
      case 'two-word': return r.weighted([
        [3, `${this.family('sv')}s ${r.pick(H.STREET_SEPARATE)}`], [2, `${this.given('sv')}s ${r.pick(['väg', 'gata', 'gränd', 'backe', 'plan', 'torg'])}`],
        [2, `${r.pick(['Gamla', 'Nya', 'Lilla', 'Stora'])} ${r.pick(['vägen', 'torget', 'gatan', 'backen', 'allén'])}`],
        [2, `${this.family('sv')}s ${r.pick(H.STREET_SEPARATE)}`], [1, `Sankt ${r.pick(['Eriks', 'Pers', 'Olofs', 'Görans'])} ${r.pick(['gata', 'plan', 'väg'])}`],
        [1, `${r.pick(['Karl', 'Gustav', 'Oskar', 'Kristina'])} ${r.pick(['Johans', 'Adolfs', 'IX:s'])} ${r.pick(['gata', 'väg', 'torg'])}`],
      ]);
      case 'prefix': return `${r.pick(p.streetPrefixes)} ${cap(part().toLowerCase()) + r.pick([...p.streetSuffixCommon, ...p.streetSuffixRare])}`;
      default: throw new Error(kind);
    }
  }
  houseNo() {
    const r = this.rng;
    return String(r.weighted([[6, r.range(1, 60)], [2, r.range(60, 140)], [1, r.range(1, 9)]])) + (r.chance(0.15) ? r.pick(['A', 'B', 'C', 'D']) : '');
  }
  postTown() {
    const r = this.rng;
    const town = r.pick([...this.p.places.slice(0, 40), ...this.p.smallPlaces.slice(0, 200)]);
    const pc = `${r.range(111, 984)} ${String(r.range(0, 99)).padStart(2, '0')}`;
    const v = r.weighted([[4, `${pc} ${town}`], [1, `${pc.replace(' ', '')} ${town}`], [1, `${pc} ${town.toUpperCase()}`], [1, `SE-${pc.replace(' ', '')} ${town}`]]);
    return v;
  }
  address(kind) {
    const r = this.rng;
    kind = kind || r.weighted([[6, 'plain'], [2, 'entrance'], [2, 'rare-suffix'], [1, 'two-word'], [1, 'prefix'], [1, 'lgh'], [1, 'postcode'], [1, 'lower']]);
    const street = (k) => `${this.streetName(k)} ${this.houseNo()}`;
    const lgh = () => r.pick([`lgh ${r.range(1001, 1703)}`, `Lgh. ${r.range(100, 999)}`, `lägenhet ${r.range(1001, 1603)}`, `lgh${r.range(1001, 1403)}`, `LGH ${r.range(1001, 1302)}`]);
    switch (kind) {
      case 'plain': return [item('ADDRESS', street('plain'), 'address:plain')];
      case 'entrance': return [item('ADDRESS', `${this.streetName('plain')} ${r.range(1, 80)}${r.pick([' A', 'B', ' C', 'D', ' b'])}`, 'address:entrance')];
      case 'rare-suffix': return [item('ADDRESS', street('rare-suffix'), 'address:rare-suffix')];
      case 'two-word': return [item('ADDRESS', street('two-word'), 'address:two-word')];
      case 'prefix': return [item('ADDRESS', street('prefix'), 'address:prefix')];
      case 'lower': return [item('ADDRESS', street(r.pick(['plain', 'rare-suffix', 'two-word'])).toLowerCase(), 'address:lower')];
      case 'caps': return [item('ADDRESS', street(r.pick(['plain', 'rare-suffix'])).toUpperCase(), 'address:caps')];
      case 'lgh': return [item('ADDRESS', `${street(r.pick(['plain', 'rare-suffix']))}${r.pick([', ', ' '])}${lgh()}`, 'address:lgh')];
      case 'house': return [item('ADDRESS', `${street('plain')}${r.pick([', ', ' '])}${r.pick([`Hus ${r.range(1, 9)}`, `uppgång ${r.pick(['A', 'B', 'C'])}`, `${r.range(1, 6)} tr`, `våning ${r.range(1, 8)}`, `port ${r.range(1, 4)}`])}`, 'address:house')];
      case 'postcode': return [item('ADDRESS', `${street(r.pick(['plain', 'rare-suffix', 'two-word', 'prefix']))}${r.pick([', ', ' ', ', '])}${this.postTown()}`, 'address:postcode')];
      case 'postcode-lgh': return [item('ADDRESS', `${street('plain')}, ${lgh()}, ${this.postTown()}`, 'address:lgh')];
      case 'postcode-only': return [item('ADDRESS', this.postTown(), 'address:postcode-only')];
      case 'co': return [item('ADDRESS', `${r.pick(['c/o', 'C/O', 'c/o.'])} ${this.nameFull(r.pick(['sv', 'newborn', 'ar', 'so']))[0].t}, ${street('plain')}${r.chance(0.5) ? ', ' + this.postTown() : ''}`, 'address:c/o')];
      case 'foreign': {
        const loc = r.pick(['de', 'da', 'hr', 'sr_RS_latin', 'tr', 'fi', 'pl', 'nb_NO']);
        const fs = this.p.foreignStreets[loc];
        let name;
        if (fs.names.length) name = r.pick(fs.names);
        else if (loc === 'fi') name = this.family('fi') + r.pick(fs.suffix);
        else if (loc === 'pl') name = `ul. ${this.family('pl')}`;
        else name = this.family('sv') + r.pick(fs.suffix.length ? fs.suffix : ['vej']);
        const no = r.range(1, 120);
        return [item('ADDRESS', loc === 'tr' ? `${name} No: ${no}` : `${name} ${no}`, 'address:foreign')];
      }
      default: throw new Error(kind);
    }
  }

  // ------------------------------------------------------- plates, ip, cards, handles
  plate(kind) {
    const r = this.rng;
    const A = 'ABCDEFGHJKLMNOPRSTUWXYZ';
    const L = () => A[r.int(A.length)];
    kind = kind || r.weighted([[4, 'plain'], [2, 'compact'], [1, 'dash'], [2, 'new'], [1, 'lower']]);
    const letters = L() + L() + L();
    const num = r.digits(3).replace(/^(11[234])$/, '123');
    switch (kind) {
      case 'plain': return [item('PLATE', `${letters} ${num}`, 'plate:plain')];
      case 'compact': return [item('PLATE', `${letters}${num}`, 'plate:compact')];
      case 'dash': return [item('PLATE', `${letters}-${num}`, 'plate:dash')];
      case 'new': return [item('PLATE', `${letters} ${num.slice(0, 2)}${L()}`, 'plate:new')];
      case 'lower': return [item('PLATE', r.chance(0.5) ? `${letters} ${num}`.toLowerCase() : `${letters}${num.slice(0, 2)}${L()}`.toLowerCase(), 'plate:lower')];
      case 'word-letters': {
        const w = r.pick(['BUS', 'KAT', 'MOS', 'RUS', 'TAX', 'BOM', 'ROT', 'LAX', 'FEM', 'SKO', 'BAD', 'HUS', 'MUS', 'GAS', 'DUM', 'FUL', 'BOK', 'ZOO', 'SEX', 'APA', 'KUL', 'POP', 'TEA', 'BUG', 'CAT', 'DOG', 'EKO', 'SOL', 'NOT', 'MAT']);
        return [item('PLATE', r.chance(0.7) ? `${w} ${num}` : `${w} ${num.slice(0, 2)}${L()}`, 'plate:word-letters')];
      }
      default: throw new Error(kind);
    }
  }
  ip(kind) {
    const r = this.rng;
    kind = kind || (this.style === 'b' && r.chance(0.15) ? 'v6' : 'v4');
    if (kind === 'v6') {
      const g = () => r.int(65536).toString(16);
      return [item('IP', r.chance(0.5) ? `2001:${g()}:${g()}:${g()}::${g()}` : `${r.pick(['2a02', '2001', '2a00', 'fe80'])}:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}`, 'ip:v6')];
    }
    return [item('IP', `${r.range(2, 223)}.${r.range(0, 255)}.${r.range(0, 255)}.${r.range(1, 254)}`, 'ip:v4')];
  }
  card(kind) {
    const r = this.rng;
    kind = kind || r.weighted([[3, 'spaced'], [2, 'compact'], [1, 'iban'], [1, 'bankgiro'], [1, 'account']]);
    const cardNo = () => { let s = r.pick(['4', '51', '52', '53', '54', '55']); while (s.length < 15) s += String(r.int(10)); return s + luhn(s); };
    switch (kind) {
      case 'spaced': { const c = cardNo(); return [item('CARD', c.replace(/(\d{4})(?=\d)/g, '$1 '), 'card:spaced')]; }
      case 'compact': return [item('CARD', cardNo(), 'card:compact')];
      case 'dashed': { const c = cardNo(); return [item('CARD', c.replace(/(\d{4})(?=\d)/g, '$1-'), 'card:dashed')]; }
      case 'iban': { const bban = r.pick(['500', '800', '600', '300', '920']) + '0' + r.digits(16); const v = iban('SE', bban); return [item('CARD', r.chance(0.5) ? v.replace(/(.{4})(?=.)/g, '$1 ') : v, 'card:iban')]; }
      case 'bankgiro': return [item('CARD', r.chance(0.5) ? `${r.digits(3)}-${r.digits(4)}` : `${r.range(5000, 5999)}-${r.digits(4)}`, 'card:bankgiro')];
      case 'account': {
        const v = r.pick([
          `${r.pick(['8327', '8105', '8214', '8480'])}-${r.int(10)}, ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}-${r.int(10)}`,
          `${r.pick(['6000', '6152', '5231', '3300'])} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`,
          `${r.pick(['9960', '3000', '9020'])}-${r.digits(7)}`,
        ]);
        return [item('CARD', v, 'card:account')];
      }
      default: throw new Error(kind);
    }
  }
  handle(kind) {
    const r = this.rng;
    kind = kind || r.weighted([[5, 'at'], [2, 'snap'], [1, 'insta']]);
    const g = this.given(r.pick(['newborn', 'nick', 'ar', 'so'])).toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '');
    const h = r.weighted([[3, `${g}_${r.range(1, 99)}`], [2, `${g}.${r.pick(['x', 'official', 'sthlm', 'gbg', 'ale', 'ig'])}`], [2, `${g}${r.range(90, 99)}${r.range(0, 9)}`], [1, `xx${g}xx`], [1, `${g}_${this.family('sv').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')}`]]);
    switch (kind) {
      case 'at': return [item('HANDLE', '@' + h, 'handle:at')];
      case 'snap': return [{ t: r.pick(['snap: ', 'snapchat: ', 'snap ', 'Snap: ']) }, item('HANDLE', h, 'handle:snap')];
      case 'insta': return [{ t: r.pick(['insta: ', 'ig: ', 'instagram ']) }, item('HANDLE', h, 'handle:insta')];
      default: throw new Error(kind);
    }
  }

  // --------------------------------------------------------------------- traps
  timeRange() {
    const r = this.rng;
    const h1 = r.range(6, 17), h2 = h1 + r.range(1, 5);
    const m = () => r.pick(['00', '00', '15', '30', '45']);
    const dash = r.weighted([[5, '-'], [3, '–'], [1, ' - '], [1, ' – ']]);
    const v = r.weighted([
      [4, `kl ${pad(h1)}.${m()}${dash}${pad(h2)}.${m()}`], [3, `${pad(h1)}.${m()}${dash}${pad(h2)}.${m()}`], [2, `${pad(h1)}:${m()}${dash}${pad(h2)}:${m()}`],
      [1, `kl. ${h1}${dash}${h2}`], [1, `kl ${h1}.${m()}${dash}${h2}.${m()}`], [1, `klockan ${pad(h1)}.${m()}–${pad(h2)}.${m()}`],
    ]);
    return [keep(v, 'keep:time-range')];
  }
  time() {
    const r = this.rng;
    const h = r.range(0, 23), mm = r.pick(['00', '15', '30', '45', '10', '50']);
    return [keep(r.weighted([[3, `${pad(h)}:${mm}`], [2, `${pad(h)}.${mm}`], [1, `kl ${h}`], [1, `kl ${pad(h)}.${mm}`]]), 'keep:time')];
  }
  date() {
    const r = this.rng;
    const months = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
    const v = r.weighted([[2, `${r.range(1, 28)}/${r.range(1, 12)}`], [2, `${r.range(2019, 2025)}-${pad(r.range(1, 12))}-${pad(r.range(1, 28))}`], [2, `den ${r.range(1, 28)} ${r.pick(months)}`], [1, `i ${r.pick(['fredags', 'lördags', 'måndags', 'somras', 'vintras'])}`], [1, `${r.range(1, 28)}.${r.range(1, 12)}.${r.range(2020, 2025)}`]]);
    return [keep(v, 'keep:date')];
  }
  bus() {
    const r = this.rng;
    const n = r.pick(['401', '402', '403', '416', '450', '4', '6', '11', '16', '55', '99', '1', '3', '160', '720', '730']);
    return [keep(r.weighted([[2, `buss ${n}`], [2, `${n}:an`], [1, `linje ${n}`], [1, `${n}an`]]), 'keep:bus-line')];
  }
  schoolClass() {
    const r = this.rng;
    return [keep(r.weighted([[2, `${r.range(6, 9)}${r.pick(['a', 'b', 'c', 'd', 'e'])}`], [2, `åk ${r.range(4, 9)}`], [1, `år ${r.range(7, 9)}`], [1, `${r.pick(['NA', 'SA', 'TE', 'EK', 'BF', 'EL'])}${r.range(1, 3)}${r.pick(['a', 'b', ''])}`]]), 'keep:class')];
  }
  num() {
    const r = this.rng;
    return [keep(r.pick([`${r.range(2, 30)} killar`, `${r.range(2, 15)} personer`, `${r.range(10, 90)} procent`, `${r.range(2, 6)}-${r.range(7, 12)} st`, `ett gäng på ${r.range(5, 20)}`, `${r.range(3, 12)} tjejer`]), 'keep:number')];
  }
  duration() {
    const r = this.rng;
    return [keep(r.pick([`ca ${r.range(5, 45)} min`, `${r.range(10, 50)} minuter`, 'en timme', `${r.range(2, 3)} timmar`, `typ ${r.range(10, 30)} min`]), 'keep:number')];
  }
  price() {
    const r = this.rng;
    return [keep(r.pick([`${r.range(20, 500)} kr`, `${r.range(10, 90)} kronor`, `${r.range(2, 9)} 000 kr`, `${r.range(25, 45)}:-`]), 'keep:number')];
  }
  road() { return [keep(this.rng.pick(['E45', 'E6', 'E20', 'E4', 'väg 40', 'Rv 40', 'väg 190', 'E18', 'riksväg 26', 'länsväg 167']), 'keep:road')]; }
  shortNo() { return [keep(this.rng.pick(H.SHORT_NUMBERS), 'keep:short-number')]; }
  streetNoNumber() { return [keep(this.streetName(this.rng.pick(['plain', 'rare-suffix', 'prefix'])), 'keep:street-no-number')]; }
  dictWord() { const w = this.rng.pick(this.p.nouns); return [keep(cap(w + 'en'), 'keep:dict-word')]; }
}

export function pad(n) { return String(n).padStart(2, '0'); }

export function luhn(digits) {
  // check digit making digits+check pass the Luhn test
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

function iban(cc, bban) {
  const num = (bban + cc + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of num) rem = (rem * 10 + Number(ch)) % 97;
  return cc + pad(98 - rem) + bban;
}
