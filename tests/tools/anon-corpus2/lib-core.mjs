// lib-core.mjs - PRNG, segment model, rendering, validation and CSV for gen2.mjs.
// Written for gen2 only; independent of any other corpus generator in the project.

// ---------------------------------------------------------------------------
// PRNG (mulberry32) and helpers

export function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hashStr(s) {
  let h = 2166136261 >>> 0;
  for (const ch of s) { h ^= ch.codePointAt(0); h = Math.imul(h, 16777619) >>> 0; }
  return h >>> 0;
}

export function makeRand(seed) {
  const r = mulberry32(seed >>> 0);
  const R = {
    f: r,
    int: (a, b) => a + Math.floor(r() * (b - a + 1)),
    pick: (arr) => arr[Math.floor(r() * arr.length)],
    chance: (p) => r() < p,
    // pairs: [[weight, value], ...]
    w: (pairs) => {
      let tot = 0; for (const [wt] of pairs) tot += wt;
      let x = r() * tot;
      for (const [wt, v] of pairs) { if ((x -= wt) < 0) return v; }
      return pairs[pairs.length - 1][1];
    },
    digits: (n) => { let s = ''; for (let i = 0; i < n; i++) s += String(Math.floor(r() * 10)); return s; },
    pad: (n, w = 2) => String(n).padStart(w, '0'),
    shuffle: (arr) => { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; },
  };
  return R;
}

// ---------------------------------------------------------------------------
// segments: plain strings, gold items G, keep traps K

export const G = (v, kind, tag) => ({ v, kind, tag });
export const K = (v, tag = 'keep:word') => ({ v, keep: tag });

// tagged template: t`text ${seg} text` -> array of segments
export function t(strings, ...vals) {
  const out = [];
  strings.forEach((s, i) => {
    if (s) out.push(s);
    if (i < vals.length && vals[i] !== null && vals[i] !== undefined && vals[i] !== false) out.push(vals[i]);
  });
  return out;
}

export function flat(segs, out = []) {
  if (segs === null || segs === undefined || segs === false) return out;
  if (Array.isArray(segs)) { for (const s of segs) flat(s, out); return out; }
  if (typeof segs === 'number') { out.push(String(segs)); return out; }
  out.push(segs);
  return out;
}

// join a list of segment arrays with a separator
export function join(list, sep) {
  const out = [];
  list.forEach((x, i) => { if (i) out.push(sep); out.push(x); });
  return out;
}

export function render(segs) {
  let text = '';
  const gold = [], keep = [];
  for (const s of flat(segs)) {
    if (typeof s === 'string') { text += s; continue; }
    const start = text.length;
    text += s.v;
    if (s.kind) gold.push({ value: s.v, kind: s.kind, tag: s.tag, start, end: text.length });
    else keep.push({ value: s.v, tag: s.keep, start, end: text.length });
  }
  return { text, gold, keep };
}

// ---------------------------------------------------------------------------
// validation of one rendered cell

function occurrences(text, v) {
  const pos = []; if (!v) return pos;
  let i = text.indexOf(v);
  while (i >= 0) { pos.push(i); i = text.indexOf(v, i + v.length); }
  return pos;
}

// returns null when fine, else a reason string
export function checkCell(cell) {
  const { text, gold, keep } = cell;
  if (/[\u0000]/.test(text)) return 'NUL in text';
  for (const g of gold) {
    if (!g.value || g.value !== g.value.trim()) return `gold value blank/padded: ${JSON.stringify(g.value)}`;
    if (text.slice(g.start, g.end) !== g.value) return 'gold span mismatch';
    // every occurrence of a gold value must lie inside some gold span
    for (const p of occurrences(text, g.value)) {
      const e = p + g.value.length;
      if (!gold.some((h) => h.start <= p && e <= h.end)) return `gold value ${JSON.stringify(g.value)} also occurs outside gold spans`;
    }
  }
  for (const k of keep) {
    if (!k.value || k.value !== k.value.trim()) return `keep value blank/padded: ${JSON.stringify(k.value)}`;
    const occ = occurrences(text, k.value);
    for (const p of occ) {
      const e = p + k.value.length;
      if (gold.some((h) => p < h.end && e > h.start)) return `keep value ${JSON.stringify(k.value)} overlaps a gold span`;
    }
    if (k.tag === 'keep:word') {
      const n = keep.filter((x) => x.value === k.value).length;
      if (occ.length !== n) return `keep:word ${JSON.stringify(k.value)} occurs ${occ.length}x, planted ${n}x`;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------
// CSV (RFC 4180: CRLF record ends, fields quoted when they hold , " CR or LF)

export function csvCell(v) {
  v = v === undefined || v === null ? '' : String(v);
  return /[",\r\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
}
export function csvLine(arr) { return arr.map(csvCell).join(',') + '\r\n'; }

// ---------------------------------------------------------------------------
// text helpers

const FOLD = { 'å': 'a', 'ä': 'a', 'ö': 'o', 'Å': 'A', 'Ä': 'A', 'Ö': 'O', 'ø': 'o', 'æ': 'ae', 'ß': 'ss', 'ı': 'i', 'İ': 'I', 'đ': 'd', 'Đ': 'D', 'ł': 'l', 'Ł': 'L', 'ş': 's', 'Ş': 'S', 'ğ': 'g', 'Ğ': 'G', 'ç': 'c', 'Ç': 'C' };
export function ascii(s) {
  return s.replace(/[åäöÅÄÖøæßıİđĐłŁşŞğĞçÇ]/g, (c) => FOLD[c]).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
export function emailSafe(s) { return ascii(s).toLowerCase().replace(/[^a-z0-9]+/g, ''); }
export function cap(s) { return s ? s[0].toUpperCase() + s.slice(1) : s; }

// word-bounded replace on plain text (Unicode letters)
export function wreplace(text, from, to) {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${from}(?![\\p{L}\\p{N}])`, 'gu');
  return text.replace(re, to);
}
