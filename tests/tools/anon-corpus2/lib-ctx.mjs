// lib-ctx.mjs - generators for personal-data items (gold) and traps (keep) used by the frames.

import { G, K, ascii, emailSafe, cap } from './lib-core.mjs';
import * as D from './lib-data.mjs';

const PLATE_L = 'ABCDEFGHJKLMNOPRSTUWXYZ'; // I, Q, V, Å, Ä, Ö are not used on Swedish plates
const PLATE_LAST = 'ABCDEFGHJKLMNPRSTUWXYZ';

function luhnDigit(ds) { // check digit for a digit string
  let sum = 0;
  for (let i = 0; i < ds.length; i++) {
    let d = +ds[ds.length - 1 - i];
    if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

export class Ctx {
  constructor(R, opts = {}) {
    this.R = R;
    this.originW = opts.originW || D.ORIGIN_W.base;
    this.pupil = !!opts.pupil;
  }

  // ---------------------------------------------------------------- persons
  origin() { return this.R.w(this.originW); }

  // a person object: {origin, sex, first, last, full, tag}
  P(origin, sex) {
    const R = this.R;
    origin = origin || this.origin();
    sex = sex || (R.chance(0.5) ? 'f' : 'm');
    const o = D.ORIGINS[origin];
    let first, last, full;
    const asciiMaybe = (s, p) => (R.chance(p) ? ascii(s) : s);
    switch (origin) {
      case 'somali': {
        first = R.pick(o[sex]); last = R.pick(o.l.filter((x) => x !== first));
        full = R.chance(0.4) ? `${first} ${last} ${R.pick(o.l.filter((x) => x !== first && x !== last))}` : `${first} ${last}`;
        break;
      }
      case 'tigrinya': {
        first = R.pick(o[sex]); last = R.pick(o.l.filter((x) => x !== first)); full = `${first} ${last}`; break;
      }
      case 'vietnamese': {
        const fam = R.pick(o.l);
        if (R.chance(0.6)) { first = R.pick(o.given[sex]); const mid = R.pick(o.mid[sex]);
          full = R.w([[4, `${fam} ${mid} ${first}`], [3, `${first} ${fam}`], [2, `${mid} ${first} ${fam}`]]);
        } else { first = R.pick(o.fakerGiven[sex]); full = R.chance(0.5) ? `${fam} ${first}` : `${first} ${fam}`; }
        last = fam;
        if (R.chance(0.3)) { first = ascii(first); last = ascii(last); full = ascii(full); }
        break;
      }
      case 'chinese': {
        first = R.pick(o[sex]); last = R.pick(o.l); full = R.chance(0.55) ? `${last} ${first}` : `${first} ${last}`; break;
      }
      case 'spanish': {
        first = R.pick(o[sex]); last = R.pick(o.l);
        full = R.chance(0.5) ? `${first} ${last} ${R.pick(o.l.filter((x) => x !== last))}` : `${first} ${last}`; break;
      }
      case 'thai': {
        first = R.chance(0.2) ? R.pick(o.nick) : R.pick(o[sex]);
        last = R.chance(0.3) ? R.pick(D.ORIGINS.swedish.l) : R.pick(o.l); full = `${first} ${last}`; break;
      }
      case 'turkish': case 'bcs': case 'polish': {
        const p = origin === 'polish' ? 0.15 : 0.3;
        first = R.pick(o[sex]); last = R.pick(o.l);
        if (R.chance(p)) { first = ascii(first); last = ascii(last); }
        full = `${first} ${last}`; break;
      }
      case 'arabic': {
        first = R.pick(o[sex]);
        last = R.chance(0.15) ? R.pick(o.particle) : R.pick(o.l.filter((x) => x !== first));
        full = `${first} ${last}`; break;
      }
      default: {
        first = R.pick(o[sex]); last = R.pick(o.l); full = `${first} ${last}`;
      }
    }
    return { origin, sex, first, last, full, tag: 'name:' + origin };
  }

  // name items
  fn(p, tag) { p = p || this.P(); return G(p.first, 'NAME', tag || p.tag); }
  full(p, tag) { p = p || this.P(); return G(p.full, 'NAME', tag || p.tag); }
  ln(p, tag) { p = p || this.P(); return G(p.last, 'NAME', tag || p.tag); }
  nm(p) { p = p || this.P(); return this.R.w([[5, () => this.fn(p)], [4, () => this.full(p)], [1, () => this.ln(p)]])(); }
  nick(sex) {
    const R = this.R;
    const pool = sex === 'f' ? D.NICK_F : sex === 'm' ? D.NICK_M : D.NICK_F.concat(D.NICK_M);
    return G(R.pick(pool), 'NAME', 'name:nickname');
  }
  // double first name or double surname
  dbl() {
    const R = this.R;
    const sv = D.ORIGINS.swedish;
    const DF = ['Anna-Karin', 'Eva-Lena', 'Ann-Sofie', 'Britt-Marie', 'Karl-Erik', 'Per-Olof', 'Lars-Göran', 'Jan-Erik', 'Hans-Åke', 'Sven-Erik', 'Maj-Britt', 'Lena-Maria', 'Ann-Charlotte', 'Bengt-Göran', 'Carl-Johan', 'Lars-Erik', 'Eva-Karin', 'Karl-Johan', 'Mona-Lisa', 'Ulla-Britt'];
    const f = R.chance(0.5) ? R.pick(DF) : R.pick(sv.f.filter((x) => !x.includes('-'))) + ' ' + R.pick(sv.f.filter((x) => !x.includes('-')));
    const a = R.pick(sv.l), b = R.pick(sv.l.filter((x) => x !== a));
    const v = R.w([[3, `${R.pick(DF)} ${a}`], [3, `${R.pick(sv.f)} ${a} ${b}`], [2, `${R.pick(sv.m)} ${a}-${b}`], [1, `${f} ${a}`], [1, R.pick(DF)]]);
    return G(v, 'NAME', 'name:double');
  }
  particle() {
    const R = this.R;
    const parts = ['von Platen', 'af Klercker', 'van der Berg', 'de la Cruz', 'al-Hassan', 'el-Sayed', 'bin Hamad', 'Abu Zaid', "O'Connor", 'MacLeod', 'De Geer', 'von Essen', 'af Ekenstam', 'van Dijk', 'de Jong', 'von Otter', 'af Ugglas', 'al-Tamimi', 'El Amrani', 'da Silva', 'dos Santos', 'ben Ali', 'van den Broek', 'zu Solms'];
    const part = R.pick(parts);
    const origin = /^(al-|el-|El |bin |Abu |ben )/.test(part) ? 'arabic' : /^(de la|da |dos )/.test(part) ? 'spanish' : /^(O'|Mac)/.test(part) ? 'english' : 'swedish';
    const o = D.ORIGINS[origin];
    const first = R.pick(R.chance(0.5) ? o.f : o.m);
    return G(R.chance(0.85) ? `${first} ${part}` : part.replace(/^./, (c) => c.toUpperCase()), 'NAME', 'name:particle');
  }
  initials(p) {
    const R = this.R; p = p || this.P('swedish');
    let a = ascii(p.first)[0].toUpperCase(), b = ascii(p.last)[0].toUpperCase();
    if (a + b === 'SS') b = 'L';
    return G(R.w([[3, `${a}${b}`], [3, `${a}.${b}.`], [1, `${a}. ${b}.`], [1, `${a}.${b}`]]), 'NAME', 'name:initials');
  }
  script(sex) { // a name in its own script; returns [scriptItem, latinItem|null]
    const R = this.R;
    sex = sex || (R.chance(0.5) ? 'f' : 'm');
    const which = R.pick(['arabic', 'persian', 'kurdish', 'thai', 'chinese', 'tigrinya']);
    const o = D.ORIGINS[which];
    if (which === 'tigrinya') {
      const pairs = o.scriptPairs.filter(([, l]) => (sex === 'f' ? o.f : o.m).includes(l));
      const [s, l] = R.pick(pairs.length ? pairs : o.scriptPairs); return [G(s, 'NAME', 'name:script'), G(l, 'NAME', 'name:tigrinya')];
    }
    const given = R.pick(o.script[sex].length ? o.script[sex] : o.script.given), last = R.pick(o.script.last);
    let v;
    if (which === 'chinese') v = R.chance(0.7) ? last + given : given;
    else v = R.chance(0.5) ? `${given} ${last}` : given;
    return [G(v, 'NAME', 'name:script'), null];
  }

  // ---------------------------------------------------------------- phones
  mobDigits() { return this.R.pick(['070', '072', '073', '076', '079']) + this.R.digits(7); }
  mob() {
    const R = this.R, d = this.mobDigits(), p = d.slice(0, 3), s = d.slice(3);
    const v = R.w([[5, `${p}-${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`], [3, d], [3, `${p} ${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`], [2, `${p}-${s}`], [1, `${p}-${s.slice(0, 2)} ${s.slice(2, 4)} ${s.slice(4)}`], [1, `${p} ${s.slice(0, 3)} ${s.slice(3)}`], [1, `${p}/${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`]]);
    return G(v, 'PHONE', 'phone:mobile');
  }
  land(staff) {
    const R = this.R;
    if (staff) return G(`0303-33 ${R.int(1, 9)}${R.digits(1)} ${R.digits(2)}`, 'PHONE', 'phone:landline');
    const v = R.w([
      [4, () => `031-${R.int(1, 9)}${R.digits(1)} ${R.digits(2)} ${R.digits(2)}`],
      [2, () => `031-${R.int(2, 9)}${R.digits(2)} ${R.digits(2)} ${R.digits(2)}`],
      [4, () => `0303-${R.int(2, 9)}${R.digits(1)} ${R.digits(2)} ${R.digits(2)}`],
      [1, () => `0303 ${R.int(2, 9)}${R.digits(5)}`],
      [2, () => `08-${R.int(1, 9)}${R.digits(2)} ${R.digits(3)} ${R.digits(2)}`],
      [1, () => `0520-${R.int(1, 9)}${R.digits(1)} ${R.digits(2)} ${R.digits(2)}`],
      [1, () => `0322-${R.int(1, 9)}${R.digits(1)} ${R.digits(2)} ${R.digits(2)}`],
    ])();
    return G(v, 'PHONE', 'phone:landline');
  }
  intl() {
    const R = this.R, d = this.mobDigits().slice(1), s = d.slice(2);
    const v = R.w([
      [4, () => `+46 ${d.slice(0, 2)} ${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`],
      [2, () => `+46${d}`],
      [1, () => `0046 ${d.slice(0, 2)}-${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`],
      [1, () => `+46 (0)${d.slice(0, 2)}-${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`],
      [1, () => `+358 40 ${R.digits(3)} ${R.digits(4)}`],
      [1, () => `+47 ${R.pick(['4', '9'])}${R.digits(2)} ${R.digits(2)} ${R.digits(3)}`],
      [1, () => `+44 7700 900${R.digits(3)}`],
      [1, () => `+90 5${R.digits(2)} ${R.digits(3)} ${R.digits(2)} ${R.digits(2)}`],
      [1, () => `+964 750 ${R.digits(3)} ${R.digits(4)}`],
      [1, () => `+48 ${R.pick(['5', '6', '7'])}${R.digits(2)} ${R.digits(3)} ${R.digits(3)}`],
      [1, () => `+252 61 ${R.digits(3)} ${R.digits(4)}`],
    ])();
    return G(v, 'PHONE', 'phone:intl');
  }
  tel() { return this.R.w([[7, () => this.mob()], [2, () => this.land()], [1, () => this.intl()]])(); }
  switchboard() { return G(this.R.pick(['0303-33 00 00', '0303-330000', '0303 - 33 00 00']), 'PHONE', 'phone:switchboard'); }

  // ---------------------------------------------------------------- e-mail, handles
  localPart(p) {
    const R = this.R;
    const f = emailSafe(p.first.split(' ')[0]), l = emailSafe(p.last.split(' ').pop()) || 'x';
    const yy = R.pad(R.int(60, 99) % 100) ;
    return R.w([[5, `${f}.${l}`], [2, `${f}${l}`], [2, `${f[0]}.${l}`], [1, `${f}_${l}${yy}`], [2, `${f}${yy}`], [1, `${f}.${l}${R.int(1, 99)}`], [1, `${l}.${f}`]]);
  }
  mail(p, obf) {
    const R = this.R; p = p || this.P();
    const lp = this.localPart(p);
    const dom = R.w([[5, 'gmail.com'], [3, 'hotmail.com'], [2, 'hotmail.se'], [2, 'outlook.com'], [2, 'live.se'], [1, 'yahoo.se'], [2, 'icloud.com'], [1, 'telia.com'], [1, 'spray.se'], [1, 'bredband.net'], [1, 'me.com'], [1, 'protonmail.com']]);
    if (obf || R.chance(0.08)) {
      const v = R.w([[3, `${lp}(at)${dom}`], [2, `${lp} at ${dom}`], [2, `${lp} [at] ${dom}`], [1, `${lp} snabel-a ${dom.replace('.', ' punkt ')}`]]);
      return G(v, 'EMAIL', 'email:obfuscated');
    }
    return G(R.chance(0.05) ? lp.replace(/^./, (c) => c.toUpperCase()) + '@' + dom : `${lp}@${dom}`, 'EMAIL', 'email:plain');
  }
  staffMail(p) { return G(`${emailSafe(p.first.split(/[ -]/)[0])}.${emailSafe(p.last.split(' ').pop())}@ale.se`, 'EMAIL', 'email:staff'); }
  handle(p, cue) {
    const R = this.R; p = p || this.P();
    const f = emailSafe(p.first.split(' ')[0]), l = emailSafe(p.last.split(' ').pop()) || 'x';
    const base = R.w([[3, `${f}${R.pad(R.int(1, 99))}`], [2, `${f}_${l}`], [2, `${f}.${l[0]}${R.int(1, 99)}`], [1, `xx${f}xx`], [1, `${f}_gbg`], [1, `${f}.${l}_`], [1, `its.${f}`], [1, `${l}${f[0]}_official`]]);
    if (cue) return G(base, 'HANDLE', 'handle:cue');
    return G('@' + base, 'HANDLE', 'handle:at');
  }

  // ---------------------------------------------------------------- addresses
  streetName(personStreets) {
    const R = this.R;
    return R.w([
      [5, () => R.pick(D.STREET_PARTS) + R.pick(D.STREET_SUFFIX)],
      [1, () => R.pick(D.STREET_PREFIX) + ' ' + R.pick(D.STREET_PARTS) + R.pick(D.STREET_SUFFIX)],
      [2, () => R.pick(D.STREET_EXTRA)],
      [1, () => R.pick(D.ORIGINS.swedish.f.concat(D.ORIGINS.swedish.m).filter((x) => !/[- ]/.test(x) && !/s$/.test(x))) + R.pick(['s väg', 's gata', 's gränd'])],
      [personStreets ? 4 : 0.5, () => R.pick(D.PERSON_STREETS)],
    ])();
  }
  town() { return this.R.pick(Object.keys(D.ALE_POST)); }
  zip(town) { const [a, [lo, hi]] = D.ALE_POST[town]; return `${a} ${this.R.int(lo, hi)}`; }
  addr(form, opts = {}) {
    const R = this.R;
    const st = opts.street || this.streetName(opts.personStreets);
    let no = String(R.w([[6, R.int(1, 40)], [3, R.int(41, 120)], [1, R.int(121, 250)]]));
    if (R.chance(0.15)) no += (R.chance(0.3) ? ' ' : '') + R.pick(['A', 'B', 'C', 'D']);
    form = form || R.w([[5, 'street'], [2, 'lgh'], [2, 'postal'], [1, 'town']]);
    const town = this.town();
    let v;
    if (form === 'street') v = `${st} ${no}`;
    else if (form === 'lgh') v = R.w([[3, `${st} ${no}, lgh ${R.int(10, 14)}0${R.int(1, 4)}`], [2, `${st} ${no} lgh ${R.int(10, 14)}0${R.int(1, 4)}`], [1, `${st} ${no}, ${R.int(1, 4)} tr`], [1, `${st} ${no}, lägenhet ${R.int(10, 14)}0${R.int(1, 4)}`]]);
    else if (form === 'postal') v = R.w([[4, `${st} ${no}, ${this.zip(town)} ${town}`], [1, `${st} ${no} ${this.zip(town).replace(' ', '')} ${town}`], [1, `${st} ${no}, ${this.zip(town)} ${town.toUpperCase()}`]]);
    else v = `${st} ${no}, ${town}`;
    return G(v, 'ADDRESS', 'address:' + form);
  }

  // ---------------------------------------------------------------- ids
  pnr(kind, young) {
    const R = this.R;
    const y = young === 'old' ? R.int(1930, 1955) : young ? R.int(2006, 2011) : R.w([[1, R.int(1932, 1959)], [2, R.int(1960, 1989)], [2, R.int(1990, 2008)]]);
    const m = R.int(1, 12);
    const dim = [31, (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
    let d = R.int(1, dim);
    kind = kind || R.w([[5, 'dash'], [3, 'long'], [2, 'nodash'], [1, 'samordning'], [0.4, 'plus']]);
    if (kind === 'plus' && y > 1925) kind = 'dash';
    const dd = kind === 'samordning' ? d + 60 : d;
    const yy = R.pad(y % 100), mm = R.pad(m), ds = R.pad(dd);
    // no personnummer has the serial 000 (the personnummer package refuses it): draw again,
    // which leaves every draw that never met it byte for byte as it was
    let nnn = R.digits(3);
    while (nnn === '000') nnn = R.digits(3);
    const c = luhnDigit(`${yy}${mm}${ds}${nnn}`);
    const v = kind === 'long' ? `${y}${mm}${ds}-${nnn}${c}`
      : kind === 'nodash' ? (R.chance(0.6) ? `${y}${mm}${ds}${nnn}${c}` : `${yy}${mm}${ds}${nnn}${c}`)
      : kind === 'plus' ? `${yy}${mm}${ds}+${nnn}${c}`
      : kind === 'samordning' ? (R.chance(0.5) ? `${yy}${mm}${ds}-${nnn}${c}` : `${y}${mm}${ds}-${nnn}${c}`)
      : `${yy}${mm}${ds}-${nnn}${c}`;
    if (kind !== 'plus' && !D.Personnummer.valid(v)) throw new Error('bad pnr ' + v);
    return G(v, 'PNR', 'pnr:' + kind);
  }
  plate(kind) {
    const R = this.R;
    const L = () => R.pick(PLATE_L.split(''));
    const l3 = L() + L() + L();
    kind = kind || R.w([[6, 'swedish'], [2, 'new'], [0.6, 'foreign']]);
    if (kind === 'new') return G(R.chance(0.8) ? `${l3} ${R.digits(2)}${R.pick(PLATE_LAST.split(''))}` : `${l3}${R.digits(2)}${R.pick(PLATE_LAST.split(''))}`, 'PLATE', 'plate:new');
    if (kind === 'foreign') return G(R.w([[2, `${L()}${L()} ${R.digits(5)}`], [1, `${l3}-${R.int(1, 999)}`], [1, `${L()}${L()} ${R.digits(2)} ${R.digits(3)}`]]), 'PLATE', 'plate:foreign');
    if (kind === 'lower') return G(R.chance(0.5) ? `${l3}${R.digits(3)}`.toLowerCase() : `${l3} ${R.digits(3)}`.toLowerCase(), 'PLATE', 'plate:lower');
    if (kind === 'dash') return G(`${l3}-${R.digits(3)}`, 'PLATE', 'plate:swedish');
    return G(R.chance(0.65) ? `${l3} ${R.digits(3)}` : `${l3}${R.digits(3)}`, 'PLATE', 'plate:swedish');
  }
  ip(kind) {
    const R = this.R;
    kind = kind || (R.chance(0.85) ? 'v4' : 'v6');
    if (kind === 'v6') {
      const h = () => R.int(0, 65535).toString(16);
      return G(R.w([[2, `2001:db8:${h()}:${h()}::${h()}`], [2, `2a02:aa1:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`], [1, `fe80::${h()}:${h()}:${h()}:${h()}`]]), 'IP', 'ip:v6');
    }
    const v = R.w([[4, `${R.pick([78, 81, 83, 85, 90, 94, 95, 155, 185, 193, 212, 213])}.${R.int(1, 254)}.${R.int(0, 254)}.${R.int(1, 254)}`], [2, `192.168.${R.int(0, 2)}.${R.int(2, 254)}`], [1, `10.${R.int(0, 40)}.${R.int(0, 254)}.${R.int(2, 254)}`]]);
    return G(v, 'IP', 'ip:v4');
  }
  card(kind) {
    const R = this.R;
    kind = kind || (R.chance(0.65) ? 'payment' : 'bank');
    if (kind === 'payment') {
      const pre = R.pick(['4571', '4581', '4917', '5168', '5213', '5355']);
      const body = pre + R.digits(11);
      const num = body + luhnDigit(body);
      const g = num.match(/.{4}/g);
      return G(R.w([[4, g.join(' ')], [2, num], [1, g.join('-')]]), 'CARD', 'card:payment');
    }
    const v = R.w([
      [2, () => `8${R.int(100, 999)}-${R.int(0, 9)}, ${R.digits(3)} ${R.digits(3)} ${R.digits(3)}-${R.digits(1)}`],
      [2, () => `6${R.digits(3)} ${R.digits(3)} ${R.digits(3)} ${R.digits(3)}`],
      [1, () => `5${R.digits(3)}-${R.digits(2)} ${R.digits(3)} ${R.digits(2)}`],
      [1, () => `9${R.digits(3)} ${R.digits(10)}`],
    ])();
    return G(v, 'CARD', 'card:bank');
  }

  // ---------------------------------------------------------------- keeps
  K(v, tag) { return K(v, tag); }
  kale() { return K(this.R.pick(D.ALE), 'keep:place'); }
  kp() { return K(this.R.w([[3, () => this.R.pick(D.ALE)], [2, () => this.R.pick(D.NEAR)]])(), 'keep:place'); }
  kspot() { return K(this.R.w([[4, 'Ale Torg'], [1, 'Ale Arena'], [1, 'Nordstan'], [1, 'Brunnsparken'], [1, 'Centralstationen']]), 'keep:place'); }
  korg(v) { return K(v || this.R.pick(D.ORGS), 'keep:org'); }
  kbrand(v) { return K(v || this.R.pick(D.BRANDS), 'keep:brand'); }
  kst(personStreets) { return K(this.streetName(personStreets), 'keep:street'); }
  ktitle(v) { return K(v || this.R.pick(D.TITLES), 'keep:title'); }
  knum(v) { return K(v, 'keep:number'); }
  // a service's number of eight digits or more (020, 0771, 0900) is a phone all the same:
  // anon-dev's README counts only the short public numbers as not personal
  kpub(v) {
    v = v || this.R.pick(D.PUBLIC_PHONES)[0];
    return v.replace(/\D/g, '').length >= 8 ? G(v, 'PHONE', 'phone:service') : K(v, 'keep:public-phone');
  }
  ktime(kind = 'any') {
    const R = this.R, h = R.chance(0.8) ? R.int(17, 23) : R.int(6, 16), h2 = Math.min(h + R.int(1, 4), 24), mm = R.pick(['00', '15', '30', '45', '10', '40']);
    const point = [[3, `kl ${R.pad(h)}.${mm}`], [2, `kl. ${h}`], [2, `${R.pad(h)}:${mm}`], [1, `kl ${h}`]];
    const range = [[2, `kl ${R.pad(h)}.00-${R.pad(h2 % 24)}.00`], [1, `mellan ${h} och ${h2 % 24}`], [1, `kl ${h}-${h2 % 24}`], [1, `${R.pad(h)}.00–${R.pad(h2 % 24)}.00`]];
    const other = [[1, `efter kl ${h}`], [1, `ca ${h}.${mm}`], [1, `runt ${h}`]];
    const pool = kind === 'point' ? point : kind === 'range' ? range : [...point, ...range, ...other];
    return K(R.w(pool), 'keep:time');
  }
  ktimeOnly(lo = 6, hi = 23) { const R = this.R; return K(`${R.int(lo, hi)}.${R.pick(['00', '15', '30', '45'])}`, 'keep:time'); }
  kdate() {
    const R = this.R, y = R.int(2022, 2025), m = R.int(1, 12), d = R.int(1, 28);
    const MON = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
    return K(R.w([[3, `${y}-${R.pad(m)}-${R.pad(d)}`], [2, `${d}/${m}`], [2, `den ${d} ${MON[m - 1]}`], [1, `${d} ${MON[m - 1]} ${y}`], [1, `${d}/${m}-${y % 100}`], [1, `${R.pad(d)}.${R.pad(m)}.${y}`]]), 'keep:time');
  }
  kweek() { const R = this.R, w = R.int(1, 52); return K(R.w([[3, `vecka ${w}`], [2, `v. ${w}`], [1, `v.${w}`], [1, `v${w}`]]), 'keep:time'); }
  kyear(lo = 1975, hi = 2024) { return K(String(this.R.int(lo, hi)), 'keep:time'); }

  // ---------------------------------------------------------------- plain fillers
  spot() {
    return this.R.pick(['resecentrum', 'busshållplatsen', 'pendeltågsstationen', 'gångtunneln', 'cykelvägen', 'parkeringen', 'skolgården', 'idrottsplatsen', 'motionsspåret', 'lekplatsen', 'badplatsen', 'bron', 'centrum', 'p-huset', 'perrongen', 'torget', 'fritidsgården', 'biblioteket', 'tågstationen', 'elljusspåret', 'skogen bakom skolan', 'pizzerian', 'pendelparkeringen', 'gc-vägen', 'återvinningsstationen', 'konstgräsplanen', 'tunneln under vägen']);
  }
  when() { return this.R.pick(['i fredags', 'förra veckan', 'på helgen', 'igår', 'när det var mörkt', 'efter träningen', 'på lunchen', 'i somras', 'förra månaden', 'på kvällen']); }
  grade() { return this.R.pick(['åk 7', 'åk 8', 'åk 9', 'sjuan', 'åttan', 'nian', '7B', '8A', '9C', 'ettan', 'tvåan', 'trean', 'NA22', 'TE1', 'SA2', 'ES1']); }
  school() { return K(this.R.pick(['Ale gymnasium', 'Nödingeskolan', 'Kronoskolan', 'Bohusskolan', 'Himlaskolan', 'Älvkullens skola', 'Surteskolan', 'Da Vinciskolan', 'Skepplandaskolan', 'Alboskolan']), 'keep:org'); }
  car() { return K(this.R.pick(D.CARS), 'keep:brand'); }
  age() { return String(this.R.int(16, 85)); }
  cap(s) { return cap(s); }
}
