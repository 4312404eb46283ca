#!/usr/bin/env node
// gen2.mjs - a second, independent generator of blind test corpora for trygg-anon.
//
// usage: node gen2.mjs --seed N --style s|w|m --out DIR
//
// Writes DIR/input.csv, gold.csv, keep.csv, clean-ids.txt and README.md. Deterministic for
// a (seed, style) pair. See README.md in this directory for the design.

import fs from 'node:fs';
import path from 'node:path';
import { makeRand, hashStr, flat, render, checkCell, csvLine, wreplace } from './lib-core.mjs';
import { Ctx } from './lib-ctx.mjs';
import * as D from './lib-data.mjs';
import * as S from './frames-s.mjs';
import * as W from './frames-w.mjs';
import * as M from './frames-m.mjs';

// ------------------------------------------------------------------ arguments
function usage(msg) {
  if (msg) process.stderr.write(`gen2: ${msg}\n`);
  process.stderr.write('usage: node gen2.mjs --seed N --style s|w|m --out DIR\n');
  process.exit(2);
}
const args = process.argv.slice(2);
const opt = {};
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '-h' || a === '--help') usage();
  if (!['--seed', '--style', '--out'].includes(a)) usage(`unknown argument ${a}`);
  if (i + 1 >= args.length) usage(`${a} needs a value`);
  opt[a.slice(2)] = args[++i];
}
if (opt.seed === undefined || !/^-?\d+$/.test(opt.seed)) usage('--seed N (an integer) is required');
if (!['s', 'w', 'm'].includes(opt.style)) usage('--style must be s, w or m');
if (!opt.out) usage('--out DIR is required');
const SEED = Number(opt.seed) >>> 0;
const STYLE = opt.style;
const N = { s: 600, w: 600, m: 500 }[STYLE];
const R = makeRand((hashStr('gen2:' + STYLE) ^ Math.imul(SEED, 2654435761)) >>> 0);

// ------------------------------------------------------------------ registers
const EMOJI = ['😭', '💀', '🙏', '😡', '😂', '🤷‍♀️', '😤', '❤️', '👍', '😩', '🥲', '😬'];
const SMS = [['och', 'o', 0.5], ['jag', 'ja', 0.3], ['det', 'de', 0.4], ['är', 'e', 0.3], ['vad', 'va', 0.4], ['mig', 'mej', 0.5], ['dig', 'dej', 0.5],
  ['något', 'nåt', 0.6], ['någon', 'nån', 0.6], ['några', 'nåra', 0.3], ['mycket', 'mkt', 0.3], ['också', 'oxå', 0.5], ['inte', 'int', 0.15],
  ['skulle', 'sku', 0.2], ['vet inte', 'vet ej', 0.3], ['eller', 'ell', 0.1], ['sedan', 'sen', 0.6]];

function pupilize(segs) {
  const lower = R.chance(0.75), nopunct = R.chance(0.55), sms = R.chance(0.7), lowerNames = R.chance(0.4);
  const rules = sms ? SMS.filter(([, , p]) => R.chance(p)) : [];
  const out = [];
  for (const s of flat(segs)) {
    if (typeof s === 'string') {
      let x = s;
      if (lower) x = x.toLowerCase();
      if (nopunct) x = x.replace(/[.!]+(?=\s|$)/g, '').replace(/,(?=\s)/g, '').replace(/\?/g, '');
      for (const [a, b] of rules) x = wreplace(x, a, b);
      out.push(x);
    } else if (s.kind === 'NAME' && lowerNames && s.tag !== 'name:script') {
      out.push({ ...s, v: s.v.toLowerCase(), tag: 'name:lower' });
    } else if (s.kind === 'PLATE' && lower && R.chance(0.5)) {
      out.push({ ...s, v: s.v.toLowerCase(), tag: 'plate:lower' });
    } else if (s.kind === 'EMAIL' && lower) {
      out.push({ ...s, v: s.v.toLowerCase() });
    } else if (s.keep && lower && ['keep:org', 'keep:brand', 'keep:place', 'keep:title'].includes(s.keep) && R.chance(0.6)) {
      out.push({ ...s, v: s.v.toLowerCase() });
    } else out.push(s);
  }
  if (R.chance(0.15)) out.unshift(R.pick(['asså ', 'ba ', 'typ ', 'aa ', 'ehh ']));
  if (R.chance(0.15)) out.push(R.pick([' wallah', ' fr', ' ngl', ' typ', ' liksom', '!!!', '...']));
  if (R.chance(0.3)) out.push(' ' + R.pick(EMOJI) + (R.chance(0.3) ? R.pick(EMOJI) : ''));
  return out;
}

// ------------------------------------------------------------------ one answer
function draw() {
  if (STYLE === 's' || STYLE === 'w') {
    const groups = STYLE === 's' ? S.GROUPS : W.GROUPS;
    const name = R.w(Object.entries(groups).map(([k, g]) => [g.w, k]));
    const g = groups[name];
    const c = new Ctx(R, { originW: D.ORIGIN_W.base });
    const pii = R.chance(0.56);
    let free = R.pick(pii ? g.pii : g.clean)(c);
    let sugg = null;
    if (R.chance(0.2)) sugg = R.pick(R.chance(0.3) ? g.spii : g.sclean)(c);
    if (g.register === 'pupil') { free = pupilize(free); if (sugg) sugg = pupilize(sugg); }
    return { group: name, free, sugg };
  }
  const name = R.w(M.CATS);
  const cat = M.CAT[name];
  const c = new Ctx(R, { originW: D.ORIGIN_W.even });
  const pii = R.chance(0.58);
  const free = R.pick(pii ? cat.pii : cat.clean)(c);
  let sugg = null;
  if (R.chance(0.2)) sugg = R.pick(R.chance(0.3) ? M.SUGG.pii : M.SUGG.clean)(c);
  return { group: name, free, sugg };
}

// ------------------------------------------------------------------ generate
const rows = [];
let retries = 0;
const rejects = {};
for (let i = 1; i <= N; i++) {
  const id = `g2${STYLE}${String(i).padStart(4, '0')}`;
  let ok = null;
  for (let attempt = 0; attempt < 500 && !ok; attempt++) {
    const d = draw();
    const cells = { free_text: render(d.free), suggestion: d.sugg ? render(d.sugg) : render([]) };
    let why = null;
    for (const col of ['free_text', 'suggestion']) { why = why || checkCell(cells[col]); }
    if (!cells.free_text.text.trim()) why = why || 'empty answer';
    if (why) { retries++; const k = why.replace(/".*?"/g, '…').slice(0, 60); rejects[k] = (rejects[k] || 0) + 1; continue; }
    ok = { id, group: d.group, cells };
  }
  if (!ok) throw new Error(`could not draw a valid answer for ${id}`);
  rows.push(ok);
}

// ------------------------------------------------------------------ write
fs.mkdirSync(opt.out, { recursive: true });
let input = csvLine(['response_id', 'free_text', 'suggestion']);
let gold = csvLine(['response_id', 'column', 'kind', 'value', 'tag']);
let keep = csvLine(['response_id', 'column', 'value', 'tag']);
const clean = [];
const kindCount = {}, tagCount = {}, keepCount = {}, groupCount = {};
let withItems = 0;
for (const r of rows) {
  input += csvLine([r.id, r.cells.free_text.text, r.cells.suggestion.text]);
  let n = 0;
  for (const col of ['free_text', 'suggestion']) {
    for (const g of r.cells[col].gold) {
      gold += csvLine([r.id, col, g.kind, g.value, g.tag]);
      kindCount[g.kind] = (kindCount[g.kind] || 0) + 1; tagCount[g.tag] = (tagCount[g.tag] || 0) + 1; n++;
    }
    for (const k of r.cells[col].keep) { keep += csvLine([r.id, col, k.value, k.tag]); keepCount[k.tag] = (keepCount[k.tag] || 0) + 1; }
  }
  groupCount[r.group] = (groupCount[r.group] || 0) + 1;
  if (n) withItems++; else clean.push(r.id);
}
fs.writeFileSync(path.join(opt.out, 'input.csv'), input);
fs.writeFileSync(path.join(opt.out, 'gold.csv'), gold);
fs.writeFileSync(path.join(opt.out, 'keep.csv'), keep);
fs.writeFileSync(path.join(opt.out, 'clean-ids.txt'), clean.map((x) => x + '\n').join(''));

// ------------------------------------------------------------------ README
const sortObj = (o) => Object.entries(o).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const table = (o, h) => [`| ${h} | count |`, '|---|---:|', ...sortObj(o).map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
const nSugg = rows.filter((r) => r.cells.suggestion.text).length;
const STYLE_TEXT = {
  s: 'answers to a municipal safety survey\'s open questions, written by pupils aged 14-19 (slang, lower case, sms spelling, emoji, little punctuation), by employees (home care, school, technical office) and by adults interviewed by hand at the travel centre (short, abbreviated notes)',
  w: 'citizens\' written complaints and suggestions to the municipality (synpunkter, e-tjänst forms), staff replies with signature blocks (name, title, department, phone, e-mail), and meeting notes from the local crime-prevention council with participants\' names and roles',
  m: 'mixed hard cases: names that are also ordinary words (in name use and word use), places that are also names, organisations, shops, brands and authorities, streets with and without a house number, times, dates and harmless numbers, public service numbers, names of 15 origins (some in their own script), lower-case names after cues, double names, particles, initials, nicknames, and unusual formats',
};
const readme = `# gen2 corpus: style ${STYLE}, seed ${SEED}

Generated by \`gen2.mjs\` (the project's second, independent corpus generator), command:
\`node gen2.mjs --seed ${SEED} --style ${STYLE} --out DIR\`.

Content: ${rows.length} synthetic ${STYLE_TEXT[STYLE]}.
Every name, number and address is made up by a seeded random generator (mulberry32);
any likeness to a real person is chance.

## Files

- \`input.csv\`: \`response_id,free_text,suggestion\`, UTF-8, RFC 4180 (CRLF record ends; cells quoted
  when they contain a comma, quote or line break; cells may contain line breaks). ${nSugg} of ${rows.length}
  answers have a suggestion.
- \`gold.csv\`: \`response_id,column,kind,value,tag\`, one row per occurrence of personal data; \`value\` is
  the exact substring of the cell. Every occurrence of a gold value in its cell lies inside a gold item.
- \`keep.csv\`: \`response_id,column,value,tag\`, traps that must survive unchanged. No keep value overlaps
  a gold item in its cell; a keep:word value occurs exactly as often as it is planted.
- \`clean-ids.txt\`: ${clean.length} answers without personal data (neither column has a gold item).

Answers with at least one item: ${withItems} of ${rows.length} (${(100 * withItems / rows.length).toFixed(1)} %).
Draws rejected by the self-check and redrawn: ${retries}.

## Counts

${table(kindCount, 'kind')}

${table(tagCount, 'gold tag')}

${table(keepCount, 'keep tag')}

${table(groupCount, STYLE === 'm' ? 'category' : 'writer group')}

## Tags

- name:<origin> (swedish, finnish, arabic, somali, kurdish, persian, turkish, tigrinya, bcs, polish, english,
  spanish, thai, vietnamese, chinese): a name written in Latin script with that origin's conventions
  (Somali father's and grandfather's names, Tigrinya father's name, Vietnamese family name first,
  Chinese surname first or last, Spanish two surnames, Arabic al-/el-/bin/Abu particles).
- name:script (own script: Arabic, Persian, Sorani Kurdish, Thai, Chinese, Ge'ez), name:lower (a pupil
  wrote the name in lower case), name:lower-cue (lower-case name after a cue such as "min granne",
  "läraren"), name:word-also-name (a given name or surname that is also a Swedish word; the word use of
  the same words is keep:word), name:place-also-name, name:double, name:particle, name:initials,
  name:nickname, name:caps, name:genitive.
- phone:mobile, phone:landline, phone:intl, phone:switchboard (the municipality's exchange number in a
  signature; personal-data rules count every phone number except public service numbers).
- address:street (street + number), address:lgh (with flat number or floor), address:postal (with postcode
  and town), address:town (with town). email:plain, email:staff, email:obfuscated. pnr:dash, pnr:long,
  pnr:nodash, pnr:samordning, pnr:plus. plate:swedish, plate:new (ABC 12D), plate:lower, plate:foreign.
  ip:v4, ip:v6. card:payment (Luhn-valid card numbers), card:bank (clearing + account). handle:at,
  handle:cue (a bare handle after "snap"/"konto").
- keep:word, keep:place, keep:org, keep:brand, keep:street (no house number), keep:time, keep:public-phone,
  keep:title, keep:number (case numbers, amounts, counts, the municipality's organisation number).

## Data sources

- @faker-js/faker ${D.FAKER_VERSION} (MIT), locale tables read directly: given names and surnames for sv, fi, da,
  nb_NO, ku_kmr_latin, tr, hr, sr_RS_latin, pl, en, es, es_MX, vi; names in their own script from ar, fa,
  ku_ckb, th, zh_CN; Swedish street-name parts, street suffixes and municipality names (sv).
- personnummer ${D.PNR_VERSION} (MIT): validation of every generated personnummer and samordningsnummer.
- Debian wswedish (/usr/share/dict/swedish, GPL-2+) and hunspell-sv sv_SE.dic (LGPL-3, Göran Andersson):
  the Swedish word list intersected with the given-name and surname lists to choose names that are also
  words (${M.WORDNAMES.length} used: ${M.WORDNAMES.map((w) => w.n).join(', ')}${M.WORDNAME_DROPPED.length ? `; dropped as not in both lists: ${M.WORDNAME_DROPPED.join(', ')}` : ''}).
- Hand-written lists (general knowledge, not copied from any corpus): Latin-script names for Arabic,
  Somali, Persian, Tigrinya, Thai and Chinese (pinyin), Bosnian additions, Swedish nicknames, double
  names and particles, Ge'ez spellings of six Tigrinya names, localities of Ale kommun with postcode
  ranges, organisations, shops and brands, titles, public service numbers.
- Facts checked with public pages: Swedish plates use three letters and three digits, since 2019 the last
  character may be a letter, and I, Q, V, Å, Ä, Ö are not used (sv.wikipedia.org "Registreringsskyltar i
  Sverige", opus.se); Ale kommun's localities (sv.wikipedia.org "Ale kommun").
- Frames (sentence templates) were written for this generator.
`;
fs.writeFileSync(path.join(opt.out, 'README.md'), readme);
process.stderr.write(`gen2: style ${STYLE} seed ${SEED}: ${rows.length} answers, ${withItems} with items, ${clean.length} clean, retries ${retries}\n`);
if (process.env.GEN2_DEBUG) process.stderr.write(JSON.stringify(rejects, null, 1) + '\n');
