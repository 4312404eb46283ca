// Third-party sources of the blind corpus generator: faker's locale tables, SCB's
// newborn-name statistics (CC0, via evoling/barnnamn), Debian's Swedish word lists and the
// hand-kept lists.  Everything is loaded once and turned into pools to draw from.

import { readFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { allLocales } from '@faker-js/faker';
import { WeightedList } from './rng.mjs';
import * as H from './handkept.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const DICT_PATHS = {
  wswedish: '/usr/share/dict/swedish',
  hunspell: '/usr/share/hunspell/sv_SE.dic',
};

function flat(x) {
  if (!x) return [];
  if (Array.isArray(x)) return x.map((v) => (typeof v === 'object' ? v.value : v));
  return Object.values(x).flatMap(flat);
}
function bySex(x) {
  // faker person tables: {generic, female, male} or a plain array
  if (!x) return { F: [], M: [], X: [] };
  if (Array.isArray(x)) return { F: [], M: [], X: x.slice() };
  return { F: (x.female || []).slice(), M: (x.male || []).slice(), X: (x.generic || []).slice() };
}
const uniq = (a) => [...new Set(a)];

export function sha256(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function loadDict() {
  for (const p of Object.values(DICT_PATHS)) {
    if (!existsSync(p)) {
      throw new Error(`${p} is missing: install Debian's word lists first (apt-get install wswedish hunspell-sv-se)`);
    }
  }
  const lower = new Set();
  const caps = new Set();
  const add = (w) => {
    if (!w || /[\s\d]/.test(w)) return;
    if (/^\p{Lu}/u.test(w)) caps.add(w); else lower.add(w);
  };
  for (const line of readFileSync(DICT_PATHS.wswedish).toString('latin1').split('\n')) add(line.trim());
  const hun = readFileSync(DICT_PATHS.hunspell, 'utf8').split('\n');
  for (const line of hun.slice(1)) add(line.split('/')[0].trim());
  return { lower, caps };
}

function loadScb() {
  const rows = readFileSync(path.join(HERE, '..', 'data', 'scb-tilltalsnamn.tsv'), 'utf8').trim().split('\n').slice(1);
  return rows.map((r) => {
    const [name, sex, a, b] = r.split('\t');
    return { name, sex, n: Number(a), n2022: Number(b) };
  });
}

const SCRIPT = {
  latin: /^[\p{Script=Latin}]+(?:[-'][\p{Script=Latin}]+)?$/u,
  arabic: /^\p{Script=Arabic}+$/u,
  cyrillic: /^\p{Script=Cyrillic}+(?:-\p{Script=Cyrillic}+)?$/u,
  greek: /^\p{Script=Greek}+$/u,
  georgian: /^\p{Script=Georgian}+$/u,
  armenian: /^\p{Script=Armenian}+$/u,
  hebrew: /^\p{Script=Hebrew}+$/u,
};

export function loadSources() {
  const dict = loadDict();
  const isWord = (w) => dict.lower.has(w.toLowerCase());
  const L = allLocales;
  const scb = loadScb();

  // every given/family name known to any source: used to keep traps and places clean
  const allNames = new Set();
  const person = (loc) => L[loc].person || {};
  const pool = {};

  // --- Swedish newborns 1998-2020 (SCB), weighted by sqrt(count) -----------------
  const newborn = scb.filter((r) => r.n >= 30 && SCRIPT.latin.test(r.name) && !isWord(r.name));
  pool.newborn = new WeightedList(newborn.map((r) => [Math.sqrt(r.n), r.name]));
  pool.newbornSex = Object.fromEntries(newborn.map((r) => [r.name, r.sex]));
  pool.newbornHyphen = scb.filter((r) => r.n >= 10 && /-/.test(r.name)).map((r) => r.name);
  pool.rare = scb.filter((r) => r.n === 0 && r.n2022 >= 2 && r.n2022 <= 9 && /^\p{Lu}\p{Ll}{3,}$/u.test(r.name)
    && !isWord(r.name)).map((r) => r.name);
  for (const r of scb) allNames.add(r.name);

  // --- faker locales -------------------------------------------------------------
  const latinFirst = (loc) => uniq(flat(person(loc).first_name)).filter((n) => SCRIPT.latin.test(n) && !isWord(n));
  const latinLast = (loc) => uniq(flat(person(loc).last_name)).filter((n) => SCRIPT.latin.test(n) && !isWord(n));
  pool.svFirst = latinFirst('sv');
  pool.svLast = latinLast('sv');
  pool.latinLocales = {};
  for (const loc of ['en', 'de', 'nb_NO', 'da', 'nl', 'fr', 'it', 'es', 'cs_CZ', 'hu', 'ro', 'pt_PT', 'lv']) {
    pool.latinLocales[loc] = { first: latinFirst(loc), last: latinLast(loc) };
  }
  pool.fiFirst = latinFirst('fi'); pool.fiLast = latinLast('fi');
  pool.plFirst = latinFirst('pl'); pool.plLast = latinLast('pl');
  pool.bcsFirst = uniq([...latinFirst('hr'), ...latinFirst('sr_RS_latin'), ...H.BOSNIAN_GIVEN]);
  pool.bcsLast = uniq([...latinLast('hr'), ...latinLast('sr_RS_latin'), ...H.BOSNIAN_FAMILY]).filter((n) => !/ /.test(n));
  pool.trFirst = uniq([...H.TURKISH_GIVEN, ...latinFirst('tr').filter((n) => /[çğıöşüİ]/.test(n))]);
  pool.trLast = latinLast('tr');
  pool.kuFirst = uniq([...H.KURDISH_GIVEN, ...latinFirst('ku_kmr_latin')]);
  pool.kuLast = uniq([...H.KURDISH_FAMILY, ...latinLast('ku_kmr_latin')]);
  pool.arFirstLatin = H.ARABIC_LATIN_GIVEN;
  pool.arLastLatin = H.ARABIC_LATIN_FAMILY;
  pool.faFirstLatin = H.PERSIAN_GIVEN;
  pool.faLastLatin = H.PERSIAN_FAMILY;
  pool.soFirst = H.SOMALI_GIVEN;
  pool.soFather = H.SOMALI_FATHER;
  pool.tiFirst = H.TIGRINYA.filter((t) => t[2] === 'g');
  pool.tiFather = H.TIGRINYA.filter((t) => t[2] === 'f');
  pool.nick = H.NICKNAMES;

  const scriptNames = (locs, re) => ({
    first: uniq(locs.flatMap((l) => flat(person(l).first_name))).filter((n) => re.test(n)),
    last: uniq(locs.flatMap((l) => flat(person(l).last_name))).filter((n) => re.test(n)),
  });
  pool.arabicScript = scriptNames(['ar', 'fa', 'ku_ckb'], SCRIPT.arabic);
  pool.arabicScript.first = uniq([...H.ARABIC_SCRIPT_EXTRA, ...pool.arabicScript.first]);
  // names for answers written wholly in Arabic: the ar locale only
  pool.arabicOnly = scriptNames(['ar'], SCRIPT.arabic);
  pool.arabicOnly.first = uniq([...H.ARABIC_SCRIPT_EXTRA, ...pool.arabicOnly.first]);
  pool.cyr = {};
  for (const loc of ['ru', 'uk']) {
    const f = bySex(person(loc).first_name), l = bySex(person(loc).last_name);
    pool.cyr[loc] = {
      F: [f.F.filter((n) => SCRIPT.cyrillic.test(n)), (l.F.length ? l.F : l.X).filter((n) => SCRIPT.cyrillic.test(n))],
      M: [f.M.filter((n) => SCRIPT.cyrillic.test(n)), (l.M.length ? l.M : l.X).filter((n) => SCRIPT.cyrillic.test(n))],
    };
  }
  pool.otherScript = ['el', 'ka_GE', 'hy', 'he'].map((l) => ({ loc: l, ...scriptNames([l], Object.values(SCRIPT).find((re) => flat(person(l).first_name).some((n) => re.test(n)) && re !== SCRIPT.latin)) }))
    .filter((p) => p.first.length && p.last.length);

  for (const loc of Object.keys(L)) {
    for (const n of flat(person(loc).first_name)) allNames.add(n);
    for (const n of flat(person(loc).last_name)) allNames.add(n);
  }
  for (const list of [H.NICKNAMES, H.SOMALI_GIVEN, H.SOMALI_FATHER, H.ARABIC_LATIN_GIVEN, H.ARABIC_LATIN_FAMILY,
    H.PERSIAN_GIVEN, H.PERSIAN_FAMILY, H.KURDISH_GIVEN, H.KURDISH_FAMILY, H.TURKISH_GIVEN, H.BOSNIAN_GIVEN,
    H.BOSNIAN_FAMILY, H.TIGRINYA.map((t) => t[0])]) for (const n of list) allNames.add(n);

  // --- words that are names: check both sides against the sources ----------------
  pool.wordNames = H.WORD_NAMES.filter((n) => isWord(n) && allNames.has(n));
  pool.wordSurnames = H.WORD_SURNAMES.filter((n) => isWord(n));
  pool.wordTraps = H.WORD_TRAPS.filter((t) => {
    const w = t.match(/\{([^}]+)\}/)[1];
    const english = /^(the|we|I|they|it|someone|you) /.test(t);
    return (english || isWord(w)) && [...allNames].some((n) => n.toLowerCase() === w);
  });

  // --- places ----------------------------------------------------------------------
  const placeSuffix = /(bruk|fors|sta|red|torp|ås|näs|vik|berga|hult|mark|köping|träsk|sele|ryd|lunda|tuna|inge|arp|hyttan|sund|dal|by|bo|holm)$/;
  // capitalised entries of the word lists with a place-name ending, that are no one's name
  // and not a genitive of another entry
  const dictPlaces = [...dict.caps].filter((w) => /^\p{Lu}\p{Ll}{5,}$/u.test(w) && placeSuffix.test(w)
    && !allNames.has(w) && !(w.endsWith('s') && dict.caps.has(w.slice(0, -1)))).sort();
  pool.smallPlaces = uniq([...H.SMALL_PLACES, ...dictPlaces]).filter((w) => !H.PLACES.includes(w));
  pool.places = H.PLACES;
  pool.placeNames = H.PLACE_NAMES.filter((p) => allNames.has(p));

  // --- streets (faker sv street parts + hand-kept parts and suffixes) -------------
  const svLoc = L.sv.location;
  pool.streetParts = uniq([...svLoc.street_name_part, ...H.STREET_PARTS]);
  pool.streetPrefixes = uniq([...svLoc.street_prefix.filter((p) => p !== 'Undre'), ...H.STREET_PREFIXES]);
  pool.streetSuffixCommon = H.STREET_SUFFIXES_COMMON;
  pool.streetSuffixRare = uniq([...svLoc.street_suffix.filter((s) => !H.STREET_SUFFIXES_COMMON.includes(s)), ...H.STREET_SUFFIXES_RARE]);
  pool.foreignStreets = {};
  for (const loc of ['de', 'da', 'hr', 'sr_RS_latin', 'tr', 'fi', 'pl', 'nb_NO', 'en', 'fr', 'it', 'es']) {
    const l = L[loc].location || {};
    const names = flat(l.street_name).filter((s) => /^[\p{L} .'-]+$/u.test(s) && !/\d/.test(s));
    pool.foreignStreets[loc] = { names, suffix: flat(l.street_suffix), pattern: flat(l.street_pattern), prefix: flat(l.street_prefix) };
  }
  pool.foreignCities = {};
  for (const loc of ['de', 'da', 'hr', 'tr', 'fi', 'pl', 'ru', 'fa', 'ar']) pool.foreignCities[loc] = flat((L[loc].location || {}).city_name);

  // --- phones and e-mail domains of many locales --------------------------------
  pool.phoneFormats = {};
  for (const [loc, v] of Object.entries(L)) {
    const f = v.phone_number && v.phone_number.format;
    if (!f || loc === 'sv' || loc === 'base') continue;
    const list = uniq([...(f.international || []), ...(f.human || [])]).filter((s) => /^[+0(]/.test(s) && (s.match(/[#!]/g) || []).length >= 6);
    if (list.length) pool.phoneFormats[loc] = list;
  }
  pool.freeEmail = uniq(Object.values(L).flatMap((v) => flat((v.internet || {}).free_email)))
    .filter((d) => /^[a-z0-9.-]+\.[a-z]{2,}$/.test(d));

  pool.dict = dict;
  pool.isWord = isWord;
  pool.allNames = allNames;
  // capitalised ordinary nouns for sentence-start traps: X, Xen and Xar all in the list
  pool.nouns = [...dict.lower].filter((w) => w.length >= 4 && w.length <= 9 && /^[a-zåäö]+$/.test(w)
    && dict.lower.has(w + 'en') && dict.lower.has(w + 'ar') && dict.lower.has(w + 'arna')
    && !allNames.has(w[0].toUpperCase() + w.slice(1))).sort();
  return pool;
}
