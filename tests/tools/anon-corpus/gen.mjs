#!/usr/bin/env node
// gen.mjs - deterministic generator of blind held-out corpora for trygg-anon (issue 13).
//
//   node gen.mjs --seed N --style a|b|c|x [--size M] --out DIR
//
// Writes DIR/input.csv, gold.csv, keep.csv, clean-ids.txt and README.md in the format of
// the anon-dev corpus, with a `tag` column added to gold.csv and keep.csv.  Made blind:
// nothing here was written from trygg-anon's code, name lists or output.

import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from './lib/rng.mjs';
import { loadSources, sha256, DICT_PATHS } from './lib/sources.mjs';
import { Pii } from './lib/pii.mjs';
import * as F from './lib/frames.mjs';
import * as H from './lib/handkept.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const STYLES = {
  a: { size: 400, prefix: 'ba', what: 'survey answers written like anon-dev (pupils, staff, passers-by, citizens on the web)' },
  b: { size: 4500, prefix: 'bb', what: 'short answers built mostly from the third-party name, street, phone and id-number lists of many locales' },
  c: { size: 500, prefix: 'bc', what: 'passages like public Swedish text: news items, municipal, school and association pages' },
  x: { size: 600, prefix: 'bx', what: 'the hostile bypass set: look-alike and invisible characters, odd spacing, non-Latin scripts' },
};

function usage(msg) {
  if (msg) process.stderr.write(`gen.mjs: ${msg}\n`);
  process.stderr.write('usage: node gen.mjs --seed N --style a|b|c|x [--size M] --out DIR\n');
  process.exit(2);
}

function parseArgs(argv) {
  const o = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') { process.stdout.write('usage: node gen.mjs --seed N --style a|b|c|x [--size M] --out DIR\n'); process.exit(0); }
    if (!['--seed', '--size', '--style', '--out'].includes(a)) usage(`unknown argument ${a}`);
    if (i + 1 >= argv.length) usage(`${a} needs a value`);
    o[a.slice(2)] = argv[++i];
  }
  if (!/^\d+$/.test(o.seed || '')) usage('--seed must be a non-negative integer');
  if (!STYLES[o.style]) usage('--style must be a, b, c or x');
  if (!o.out) usage('--out DIR is required');
  o.size = o.size === undefined ? STYLES[o.style].size : Number(o.size);
  if (!Number.isInteger(o.size) || o.size < 1) usage('--size must be a positive integer');
  return o;
}

// ------------------------------------------------------------------ slot resolver

const keepP = (t, tag) => [{ t, keep: tag }];

function makeSlots(rng, pool, pii, style) {
  const S = {
    first: () => pii.nameFirst(),
    name: () => pii.nameFirst(),
    full: () => pii.nameFull(),
    nick: () => pii.nameNick(),
    surname: () => pii.nameSurname(),
    lower: () => pii.nameLower(),
    lowerfull: () => pii.nameLowerFull(),
    coordlower: () => pii.nameCoordLower(),
    word: () => pii.nameWord(),
    wordfull: () => pii.nameWordFull(),
    wordlower: () => pii.nameWordLower(),
    wordsurname: () => [{ t: rng.pick(pool.wordSurnames), kind: 'NAME', tag: 'name:word-also-name' }],
    initials: () => pii.nameInitials(),
    double: () => pii.nameDouble(),
    genitive: () => pii.nameGenitive(),
    arabic: () => pii.nameArabicScript(),
    cyr: () => pii.nameCyrillic(),
    geez: () => pii.nameGeez(),
    otherscript: () => pii.nameOtherScript(),
    caps: () => pii.nameCaps(),
    rare: () => [{ t: rng.pick(pool.rare), kind: 'NAME', tag: 'name:rare' }],
    origin: () => pii.nameOrigin(pii.origin()),
    arabicname: () => pii.nameArabicScript(rng.chance(0.5), pool.arabicOnly).map((p) => ({ ...p, tag: 'name:arabic-answer' })),
    soname: () => (rng.chance(0.5) ? pii.nameFirst('so') : pii.nameFull('so')).map((p) => ({ ...p, tag: 'name:somali-answer' })),
    any: () => rng.weighted([
      [25, () => pii.nameFirst()], [25, () => pii.nameFull()], [8, () => pii.nameFull('latin')], [4, () => pii.nameFull('en')],
      [5, () => pii.nameArabicScript()], [5, () => pii.nameCyrillic()], [3, () => pii.nameGeez()], [2, () => pii.nameOtherScript()],
      [5, () => pii.nameNick()], [5, () => S.rare()], [3, () => pii.nameDouble()], [3, () => pii.nameInitials()],
      [2, () => pii.nameSurname()], [2, () => pii.nameGenitive()],
    ])(),
    phone: () => pii.phone(),
    mobile: () => pii.phone('mobile'),
    landline: () => pii.phone('landline'),
    swish: () => pii.phone('swish'),
    phoneforeign: () => pii.phone('foreign'),
    phonelong: () => pii.phone('foreign-long'),
    pnr: () => pii.pnr(),
    pnrwrong: () => pii.pnr('wrong-check'),
    email: () => pii.email(),
    emailat: () => pii.email('at-written'),
    emailforeign: () => pii.email('foreign'),
    emailwork: () => pii.email('work'),
    addr: () => pii.address(),
    addrany: () => pii.address(rng.weighted([[5, 'plain'], [2, 'entrance'], [4, 'rare-suffix'], [2, 'two-word'], [2, 'prefix'], [2, 'lower'], [2, 'lgh'], [1, 'house'], [3, 'postcode'], [1, 'postcode-lgh'], [1, 'postcode-only'], [1, 'co'], [1, 'caps'], [2, 'foreign']])),
    addrlower: () => pii.address('lower'),
    addrtwo: () => pii.address('two-word'),
    addrprefix: () => pii.address('prefix'),
    addrlgh: () => pii.address(rng.chance(0.3) ? 'postcode-lgh' : 'lgh'),
    addrhouse: () => pii.address('house'),
    addrpost: () => pii.address('postcode'),
    addrpostonly: () => pii.address('postcode-only'),
    addrco: () => pii.address('co'),
    addrforeign: () => pii.address('foreign'),
    addroffice: () => pii.address(rng.weighted([[3, 'postcode'], [2, 'plain'], [1, 'two-word'], [1, 'prefix'], [1, 'rare-suffix']])),
    plate: () => pii.plate(),
    plateword: () => pii.plate('word-letters'),
    ip: () => pii.ip(),
    card: () => pii.card(),
    handle: () => pii.handle('at'),
    snap: () => pii.handle(rng.pick(['snap', 'insta'])),
    // traps
    place: () => keepP(rng.pick(pool.places), 'keep:place'),
    placename: () => keepP(rng.pick(pool.placeNames), 'keep:place-name'),
    smallplace: () => keepP(rng.pick(pool.smallPlaces), 'keep:small-place'),
    site: () => keepP(rng.pick(H.SITES), 'keep:site'),
    shop: () => keepP(rng.pick(H.SHOPS), 'keep:brand'),
    car: () => keepP(rng.pick(H.CAR_MAKES), 'keep:car-make'),
    party: () => keepP(rng.pick(H.PARTIES.filter((p) => p.length > 2)), 'keep:party'),
    org: () => keepP(rng.pick(H.ORGS), 'keep:org'),
    muni: () => keepP(rng.pick(['Ale kommun', 'Lerums kommun', 'Kungälvs kommun', 'Alingsås kommun', 'Stenungsunds kommun']), 'keep:org'),
    paper: () => keepP(rng.pick(['Alekuriren', 'Göteborgs-Posten', 'SVT Väst', 'P4 Göteborg', 'TTELA', 'Kungälvs-Posten', 'Expressen']), 'keep:org'),
    body: () => keepP(rng.pick(['kommunstyrelsen', 'socialnämnden', 'barn- och ungdomsnämnden', 'kommunfullmäktige', 'Brottsförebyggande rådet']), 'keep:org'),
    school: () => keepP(rng.pick(H.SCHOOLS), 'keep:school'),
    software: () => keepP(rng.pick(H.SOFTWARE), 'keep:software'),
    title: () => keepP(rng.pick(H.TITLES), 'keep:title-after-name'),
    role: () => keepP(rng.pick(H.ROLES), 'keep:cue-word'),
    time: () => pii.time(),
    timerange: () => pii.timeRange(),
    date: () => pii.date(),
    bus: () => pii.bus(),
    class: () => pii.schoolClass(),
    num: () => pii.num(),
    dur: () => pii.duration(),
    price: () => pii.price(),
    road: () => pii.road(),
    short: () => pii.shortNo(),
    street: () => pii.streetNoNumber(),
    streetnonum: () => pii.streetNoNumber(),
    dictword: () => pii.dictWord(),
    trap: () => {
      const t = rng.pick(pool.wordTraps);
      const m = t.match(/^(.*)\{([^}]+)\}(.*)$/);
      return [{ t: m[1] }, { t: m[2], keep: 'keep:word-also-name' }, { t: m[3] }];
    },
    foreignclean: () => [{ t: rng.pick(F.FOREIGN_CLEAN).t }],
    foreign: () => expand(rng.pick(F.FOREIGN).t, S, rng),
    // a long answer (several KB of ordinary sentences) to test that long cells are scanned whole
    longtext: () => {
      const out = [];
      const n = rng.range(60, 160);
      for (let i = 0; i < n; i++) {
        if (i) out.push({ t: ' ' });
        // plain filler: its words count for over-redaction, not as traps
        out.push(...expand(rng.pick(['det är mörkt vid {site} och ingen gör något.', 'sista bussen går {time}.', 'det tar {dur} att gå hem.', 'fler vuxna behövs på kvällarna.', 'jag är trött på att det är så här.']), S, rng).map((p) => ({ t: p.t })));
      }
      return out;
    },
  };
  return S;
}

const KIND_OF_TAGPREFIX = { NAME: 'name', PNR: 'pnr', PHONE: 'phone', EMAIL: 'email', ADDRESS: 'address', PLATE: 'plate', IP: 'ip', CARD: 'card', HANDLE: 'handle' };

function expand(frame, S, rng) {
  const out = [];
  const re = /\{([^{}]+)\}/g;
  let last = 0, m;
  while ((m = re.exec(frame))) {
    if (m.index > last) out.push({ t: frame.slice(last, m.index) });
    last = re.lastIndex;
    const body = m[1];
    if (body.startsWith('r:')) { out.push({ t: rng.pick(body.slice(2).split('|')) }); continue; }
    if (body.startsWith('k:')) { const i = body.indexOf(':', 2); out.push({ t: body.slice(i + 1), keep: 'keep:' + body.slice(2, i) }); continue; }
    if (body.startsWith('c:')) { out.push({ t: body.slice(2), keep: 'keep:cue-word' }); continue; }
    let [key, over] = body.split('@');
    let arg;
    if (key.includes(':')) [key, arg] = key.split(':');
    let pieces;
    if (arg !== undefined) {
      const fn = { pnrx: (k) => S.__pii.pnrHostile(k), phonex: (k) => S.__pii.phone(k), namex: (k) => S.__pii['name' + { 'soft-hyphen': 'SoftHyphen', 'zero-width': 'ZeroWidth', homoglyph: 'Homoglyph', nfd: 'Nfd', 'letter-spaced': 'Spaced' }[k]](), emailx: (k) => S.__pii.email(k) }[key];
      if (!fn) throw new Error(`unknown slot ${body}`);
      pieces = fn(arg);
    } else {
      if (!S[key]) throw new Error(`unknown slot ${body} in frame: ${frame}`);
      pieces = S[key]();
    }
    if (over) {
      pieces = pieces.map((p) => {
        if (p.kind) return { ...p, tag: over.includes(':') ? over : KIND_OF_TAGPREFIX[p.kind] + ':' + over };
        if (p.keep) return { ...p, keep: over.includes(':') ? over : 'keep:' + over };
        return p;
      });
    }
    out.push(...pieces);
  }
  if (last < frame.length) out.push({ t: frame.slice(last) });
  return out;
}

function hasItem(pieces) { return pieces.some((p) => p.kind); }

// Case transforms of a whole cell: lower case (pupils) or ALL CAPS.
function transform(pieces, how) {
  if (!how) return pieces;
  return pieces.map((p) => {
    const t = how === 'lower' ? p.t.toLowerCase() : p.t.toUpperCase();
    if (t === p.t) return p;
    const q = { ...p, t };
    if (p.kind) {
      if (how === 'lower') {
        if (p.kind === 'NAME' && !/^name:(lower|word-also-name)/.test(p.tag)) q.tag = 'name:lower';
        if (p.kind === 'ADDRESS') q.tag = 'address:lower';
        if (p.kind === 'PLATE') q.tag = 'plate:lower';
      } else {
        if (p.kind === 'NAME') q.tag = 'name:caps';
        if (p.kind === 'ADDRESS') q.tag = 'address:caps';
        if (p.kind === 'EMAIL') q.tag = 'email:caps';
      }
    }
    return q;
  });
}

// Join pieces into a cell; check that every item can be found exactly where it is and that
// no trap or item hides inside another (the scorer finds values by substring).
function assemble(pieces) {
  let text = '';
  const items = [], keeps = [];
  for (const p of pieces) {
    if (p.kind) items.push({ kind: p.kind, value: p.t, tag: p.tag, pos: text.length });
    else if (p.keep) keeps.push({ value: p.t, tag: p.keep, pos: text.length });
    text += p.t;
  }
  return { text, items, keeps };
}

function count(hay, needle) {
  let n = 0, i = 0;
  while ((i = hay.indexOf(needle, i)) >= 0) { n++; i += 1; }
  return n;
}

function valid(cell) {
  const { text, items, keeps } = cell;
  if (/\r/.test(text) || text !== text.trim()) return false;
  if (!text.isWellFormed()) return false;
  const per = new Map();
  for (const it of items) {
    if (!it.value || it.value !== it.value.trim()) return false;
    per.set(it.value, (per.get(it.value) || 0) + 1);
  }
  for (const [v, n] of per) if (count(text, v) !== n) return false;
  // traps must survive outside the items and share no word with a name
  let masked = text;
  for (const it of items.slice().sort((a, b) => b.pos - a.pos)) masked = masked.slice(0, it.pos) + '\0'.repeat(it.value.length) + masked.slice(it.pos + it.value.length);
  const kper = new Map();
  for (const k of keeps) kper.set(k.value, (kper.get(k.value) || 0) + 1);
  for (const [v, n] of kper) if (count(masked, v) < n) return false;
  const nameWords = new Set(items.filter((i) => i.kind === 'NAME').flatMap((i) => i.value.toLowerCase().match(/[\p{L}]{2,}/gu) || []));
  for (const k of keeps) for (const w of k.value.toLowerCase().match(/[\p{L}]{2,}/gu) || []) if (nameWords.has(w)) return false;
  // an ordinary word of the cell must not equal a name word (the scorer would then
  // forgive a leaked name): allowed only for the word-also-name classes
  const maskedWords = new Set(masked.toLowerCase().match(/[\p{L}\p{M}]+/gu) || []);
  for (const it of items) {
    if (it.kind !== 'NAME' || it.tag === 'name:word-also-name') continue;
    for (const w of it.value.toLowerCase().match(/[\p{L}]{2,}/gu) || []) if (maskedWords.has(w)) return false;
  }
  return true;
}

// ------------------------------------------------------------------ composition

function sentenceJoin(rng, parts, audience) {
  let s = parts[0];
  for (const p of parts.slice(1)) {
    let sep;
    if (audience === 'pupil') sep = /[.!?]$/.test(s) ? rng.pick([' ', '\n']) : rng.weighted([[5, ' '], [3, ', '], [2, '. '], [2, '\n']]);
    else if (audience === 'block') sep = rng.weighted([[5, '\n'], [2, '\n\n'], [1, ' ']]);
    else sep = rng.weighted([[7, ' '], [2, '\n'], [1, '\n\n']]);
    if (audience !== 'pupil' && audience !== 'block' && !/[.!?:)"]$/.test(s.trimEnd())) sep = '. ' + sep.trimStart();
    s += sep + p;
  }
  return s;
}

// A cell from frames: returns pieces.  frames: list of frame strings.
function cellFrom(frames, S, rng, audience, how) {
  const texts = frames;
  const pieces = [];
  texts.forEach((f, i) => {
    if (i > 0) {
      const prev = pieces.map((p) => p.t).join('');
      const joined = sentenceJoin(rng, [prev, 'X'], audience);
      pieces.push({ t: joined.slice(prev.length, -1) });
    }
    pieces.push(...expand(f, S, rng));
  });
  return transform(pieces, how);
}

function styleA(rng, S, clean) {
  const aud = rng.weighted([[40, 'pupil'], [20, 'staff'], [15, 'intercept'], [15, 'web'], [5, 'english'], [5, 'foreign']]);
  const group = { pupil: F.PUPIL, staff: F.STAFF, intercept: F.INTERCEPT, web: F.WEB, english: F.ENGLISH }[aud];
  const cleanOf = (n) => Array.from({ length: n }, () => rng.pick(F.CLEAN));
  let ft, sg;
  if (aud === 'foreign') {
    const f = clean ? rng.pick(F.FOREIGN_CLEAN) : rng.pick(F.FOREIGN);
    ft = [f.t];
    sg = rng.chance(0.5) ? [rng.pick(F.FOREIGN_CLEAN).t] : [];
  } else if (clean) {
    ft = cleanOf(rng.range(1, 2));
    sg = rng.chance(0.7) ? cleanOf(1) : [];
  } else {
    const n = rng.weighted([[6, 1], [3, 2], [1, 3]]);
    ft = Array.from({ length: n }, () => rng.pick(group));
    if (rng.chance(0.35)) ft.splice(rng.int(ft.length + 1), 0, rng.pick(F.CLEAN));
    sg = rng.weighted([[45, 'clean'], [30, 'empty'], [25, 'pii']]) === 'clean' ? cleanOf(1) : [];
    if (!sg.length && rng.chance(0.3)) sg = [rng.pick(group)];
  }
  const how = aud === 'pupil' ? rng.weighted([[75, null], [20, 'lower'], [5, 'upper']]) : (rng.chance(0.03) ? 'upper' : null);
  const a = aud === 'pupil' ? 'pupil' : 'prose';
  return [cellFrom(ft, S, rng, a, how), sg.length ? cellFrom(sg, S, rng, a, how === 'upper' ? 'upper' : null) : []];
}

function styleB(rng, S, clean) {
  const one = () => (clean ? rng.pick(F.B_CLEAN) : rng.pick(rng.weighted([[55, F.B_NAME], [45, F.B_OTHER]])));
  const ft = [one()];
  if (rng.chance(0.3)) ft.push(clean ? rng.pick(F.B_CLEAN) : one());
  if (rng.chance(0.25)) ft.splice(rng.int(ft.length + 1), 0, rng.pick(F.B_CLEAN));
  const sg = rng.chance(0.45) ? [clean || rng.chance(0.6) ? rng.pick(F.B_CLEAN) : one()] : [];
  const a = rng.chance(0.5) ? 'pupil' : 'prose';
  const how = rng.weighted([[88, null], [9, 'lower'], [3, 'upper']]);
  return [cellFrom(ft, S, rng, a, how), sg.length ? cellFrom(sg, S, rng, a, null) : []];
}

function styleC(rng, S, clean) {
  const genre = rng.weighted([[40, F.C_NEWS], [25, F.C_MUNI], [15, F.C_SCHOOL], [20, F.C_ASSOC]]);
  const block = genre !== F.C_NEWS && rng.chance(0.6);
  let ft;
  if (clean) ft = Array.from({ length: rng.range(2, 4) }, () => rng.pick(F.C_CLEAN));
  else {
    ft = Array.from({ length: rng.weighted([[5, 1], [4, 2], [2, 3]]) }, () => rng.pick(genre));
    if (rng.chance(0.6)) ft.splice(rng.int(ft.length + 1), 0, rng.pick(F.C_CLEAN));
  }
  const sg = rng.chance(0.25) ? [rng.pick(clean || rng.chance(0.5) ? F.C_CLEAN : genre)] : [];
  return [cellFrom(ft, S, rng, block ? 'block' : 'prose', null), sg.length ? cellFrom(sg, S, rng, 'prose', null) : []];
}

function styleX(rng, S, clean) {
  const ft = clean ? [rng.pick(F.X_CLEAN)] : [rng.pick(F.X_FRAMES)];
  if (rng.chance(0.35)) ft.push(rng.pick(clean ? F.X_CLEAN : F.X_FRAMES));
  if (!clean && rng.chance(0.3)) ft.splice(rng.int(ft.length + 1), 0, rng.pick(F.X_CLEAN));
  const sg = rng.chance(0.4) ? [rng.pick(clean || rng.chance(0.5) ? F.X_CLEAN : F.X_FRAMES)] : [];
  return [cellFrom(ft, S, rng, 'pupil', null), sg.length ? cellFrom(sg, S, rng, 'pupil', null) : []];
}

// ------------------------------------------------------------------ output

function csvCell(s) {
  return /[",\n\r]/.test(s) || /^\s|\s$/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}
function csvRow(cells) { return cells.map(csvCell).join(',') + '\n'; }

function generate(opts) {
  const pool = loadSources();
  const rng = new Rng(`trygg-anon-blind:${opts.style}:${opts.seed}`);
  const pii = new Pii(rng, pool, opts.style);
  const S = makeSlots(rng, pool, pii, opts.style);
  S.__pii = pii;
  const make = { a: styleA, b: styleB, c: styleC, x: styleX }[opts.style];
  const cleanShare = { a: 0.2, b: 0.18, c: 0.2, x: 0.18 }[opts.style];
  const width = String(opts.size).length < 4 ? 4 : String(opts.size).length;
  const rows = [];
  for (let i = 1; i <= opts.size; i++) {
    const id = STYLES[opts.style].prefix + String(i).padStart(width, '0');
    const clean = rng.chance(cleanShare);
    let cells;
    for (let attempt = 0; ; attempt++) {
      if (attempt > 200) throw new Error(`no valid answer for ${id}`);
      const [ft, sg] = make(rng, S, clean);
      cells = [assemble(ft), assemble(sg)];
      if (!cells.every(valid)) continue;
      if (clean === cells.some((c) => c.items.length)) continue;
      if (cells[0].text === '') continue;
      break;
    }
    rows.push({ id, cells });
  }
  return rows;
}

// A service's number of eight digits or more (020-91 91 91) is a phone: anon-dev's README
// counts only the short public numbers (112, 113 13, 114 14, 1177) as not personal.  The
// frames plant it as a short number; it is relabelled after the draw, so that a seed
// still gives the same text.
function relabelServiceNumbers(rows) {
  for (const r of rows) {
    for (const c of r.cells) {
      const service = c.keeps.filter((k) => k.tag === 'keep:short-number' && k.value.replace(/\D/g, '').length >= 8);
      if (!service.length) continue;
      c.keeps = c.keeps.filter((k) => !service.includes(k));
      c.items = c.items.concat(service.map((k) => ({ kind: 'PHONE', value: k.value, tag: 'phone:service', pos: k.pos })))
        .sort((a, b) => a.pos - b.pos);
    }
  }
  return rows;
}

function writeCorpus(opts, rows) {
  mkdirSync(opts.out, { recursive: true });
  let input = 'response_id,free_text,suggestion\n', gold = 'response_id,column,kind,value,tag\n', keep = 'response_id,column,value,tag\n';
  const cleanIds = [];
  for (const r of rows) {
    input += csvRow([r.id, r.cells[0].text, r.cells[1].text]);
    r.cells.forEach((c, ci) => {
      const col = ci === 0 ? 'free_text' : 'suggestion';
      for (const it of c.items) gold += csvRow([r.id, col, it.kind, it.value, it.tag]);
      for (const k of c.keeps) keep += csvRow([r.id, col, k.value, k.tag]);
    });
    if (!r.cells.some((c) => c.items.length)) cleanIds.push(r.id);
  }
  writeFileSync(path.join(opts.out, 'input.csv'), input);
  writeFileSync(path.join(opts.out, 'gold.csv'), gold);
  writeFileSync(path.join(opts.out, 'keep.csv'), keep);
  writeFileSync(path.join(opts.out, 'clean-ids.txt'), cleanIds.join('\n') + (cleanIds.length ? '\n' : ''));
  writeFileSync(path.join(opts.out, 'README.md'), readme(opts, rows, cleanIds));
}

function tally(list) {
  const m = new Map();
  for (const x of list) m.set(x, (m.get(x) || 0) + 1);
  return [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

function readme(opts, rows, cleanIds) {
  const items = rows.flatMap((r) => r.cells.flatMap((c) => c.items));
  const keeps = rows.flatMap((r) => r.cells.flatMap((c) => c.keeps));
  const kinds = ['NAME', 'PNR', 'PHONE', 'EMAIL', 'ADDRESS', 'PLATE', 'IP', 'CARD', 'HANDLE'];
  const kc = tally(items.map((i) => i.kind));
  const byKind = kinds.filter((k) => kc.some(([x]) => x === k)).map((k) => `${k} ${kc.find(([x]) => x === k)[1]}`).join(', ');
  const tagTable = tally(items.map((i) => i.tag)).map(([t, n]) => `| ${t} | ${n} |`).join('\n');
  const keepTable = tally(keeps.map((k) => k.tag)).map(([t, n]) => `| ${t} | ${n} |`).join('\n');
  const multi = rows.filter((r) => r.cells.some((c) => c.text.includes('\n'))).length;
  const quoted = rows.filter((r) => r.cells.some((c) => c.text.includes('"'))).length;
  const name = path.basename(path.resolve(opts.out));
  const src = JSON.parse(readFileSync(path.join(HERE, 'package.json'), 'utf8')).dependencies;
  return `# ${name}: blind held-out corpus for trygg-anon (style ${opts.style}, seed ${opts.seed})

${rows.length} ${STYLES[opts.style].what}, with personal data planted in \`free_text\` and
\`suggestion\`. Generated **blind** (issue 13): the generator, its frames and its lists were
written without reading trygg-anon's code, name lists, tests or output. Do not tune
trygg-anon to these strings; fresh draws with unseen seeds are used for acceptance.

Regenerate (byte-identical, from the project root, after \`npm ci\` in the tool's folder):

    (cd tests/tools/anon-corpus && npm ci && node gen.mjs --seed ${opts.seed} --style ${opts.style} --size ${opts.size} --out ../../fixtures/${name})

Score: \`tests/tools/score-anon-tags tests/fixtures/${name} -- bin/trygg-anon -c free_text,suggestion\`
(also works with the plain score-anon, which ignores the \`tag\` column).

## Files

| file | content |
| --- | --- |
| \`input.csv\` | \`response_id,free_text,suggestion\` (UTF-8, RFC 4180, LF; ${multi} answers have a cell over several lines, ${quoted} contain \`""\`) |
| \`gold.csv\` | \`response_id,column,kind,value,tag\`: one row per personal-data item, \`value\` exactly as in the cell, \`tag\` its class |
| \`keep.csv\` | \`response_id,column,value,tag\`: text that must survive (places, brands, organisations, titles, cue words, times, ordinary words that are names elsewhere...) |
| \`clean-ids.txt\` | the ${cleanIds.length} response ids (${(100 * cleanIds.length / rows.length).toFixed(1)} %) whose cells hold no personal data: they must come out byte-identical |

Items: ${byKind} (${items.length} in all); ${keeps.length} traps. Rules as in anon-dev's
README (a personnummer with a wrong check digit is still personal data; a street without
a number is not an address; titles, role words and places stay).

## Items per tag

| tag | items |
| --- | ---: |
${tagTable}

## Traps per tag

| tag | traps |
| --- | ---: |
${keepTable}

## Sources

${SOURCES_MD(src)}
`;
}

const SOURCES_MD = (dep) => `| source | version | licence | used for |
| --- | --- | --- | --- |
| npm \`@faker-js/faker\` | ${dep['@faker-js/faker']} | MIT | locale tables (read directly, drawn with our own seeded generator): given and family names of sv, fi, pl, tr, ar, fa, ku_ckb, ku_kmr_latin, ru, uk, hr, sr_RS_latin, de, en, nb_NO, da, nl, fr, it, es, cs_CZ, hu, ro, pt_PT, lv, el, ka_GE, hy, he; sv street parts, prefixes and suffixes; foreign street names; phone formats of ${'~60'} locales; free e-mail domains |
| npm \`swedish-ssn-generator\` | ${dep['swedish-ssn-generator']} | GPL (package.json; LICENSE file GPL-3.0) | personnummer serials and check digits (run at generation time only; nothing of it is copied) |
| npm \`personnummer\` | ${dep.personnummer} | MIT | validating every planted personnummer/samordningsnummer (valid ones valid, wrong-check ones invalid) |
| SCB newborn given names 1998-2020 and 2022, via github.com/evoling/barnnamn (commit 45882351c790), \`data-raw/be0001namntab11-2020.xlsx\`, \`be0001namntab12-2020.xlsx\`, \`namestats-2023.tsv\` | 2021-2023 | CC0 (the repository's DESCRIPTION); data from Statistiska centralbyrån | \`data/scb-tilltalsnamn.tsv\` (made by \`data/extract-scb.py\`): Swedish newborns' names weighted by frequency, and rare 2022 names |
| Debian \`wswedish\` (/usr/share/dict/swedish) | 1.4.5-3 | GPL-2+ | telling ordinary words from names; nouns for sentence-start traps; small place names (capitalised entries with a place-name ending) |
| Debian \`hunspell-sv-se\` (/usr/share/hunspell/sv_SE.dic) | 1:7.5.0-1 | LGPL-3 | the same, second word list |
| hand-kept lists (\`lib/handkept.mjs\`) and frames (\`lib/frames.mjs\`) | this repository | project licence | nicknames; Somali, Tigrinya (Latin and Ge'ez), Arabic, Persian, Kurdish, Turkish and Bosnian given and family names; places, brands, organisations, schools, software, titles; sentence frames |

Word lists used for this draw: \`${DICT_PATHS.wswedish}\` sha256 ${sha256(DICT_PATHS.wswedish).slice(0, 16)}…,
\`${DICT_PATHS.hunspell}\` sha256 ${sha256(DICT_PATHS.hunspell).slice(0, 16)}…; other versions of the
Debian packages give a different (equally valid) draw.`;

const opts = parseArgs(process.argv.slice(2));
const rows = generate(opts);
writeCorpus(opts, relabelServiceNumbers(rows));
const n = rows.reduce((a, r) => a + r.cells.reduce((b, c) => b + c.items.length, 0), 0);
process.stderr.write(`gen.mjs: ${opts.out}: ${rows.length} answers, ${n} items\n`);
