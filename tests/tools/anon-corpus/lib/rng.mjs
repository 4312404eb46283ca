// Seeded random numbers (sfc32 seeded through a string hash), so that a seed and a size
// always give the same corpus on every machine and Node version.

function xmur3(str) {
  let h = 1779033703 ^ str.length;
  for (let i = 0; i < str.length; i++) {
    h = Math.imul(h ^ str.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  return () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return (h ^= h >>> 16) >>> 0;
  };
}

function sfc32(a, b, c, d) {
  return () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

export class Rng {
  constructor(seedText) {
    const h = xmur3(String(seedText));
    this.next = sfc32(h(), h(), h(), h());
    for (let i = 0; i < 20; i++) this.next();
  }
  float() { return this.next(); }
  int(n) { return Math.floor(this.next() * n); }
  range(lo, hi) { return lo + this.int(hi - lo + 1); }
  chance(p) { return this.next() < p; }
  pick(arr) {
    if (!arr.length) throw new Error('pick from empty list');
    return arr[this.int(arr.length)];
  }
  // pairs: [[weight, value], ...]
  weighted(pairs) {
    let total = 0;
    for (const [w] of pairs) total += w;
    let x = this.next() * total;
    for (const [w, v] of pairs) {
      if ((x -= w) < 0) return v;
    }
    return pairs[pairs.length - 1][1];
  }
  digits(n) {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(10));
    return s;
  }
  shuffle(arr) {
    const a = arr.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }
}

// Cumulative table for fast weighted picks from a large list of [weight, value].
export class WeightedList {
  constructor(pairs) {
    this.values = [];
    this.cum = [];
    let total = 0;
    for (const [w, v] of pairs) {
      if (w <= 0) continue;
      total += w;
      this.values.push(v);
      this.cum.push(total);
    }
    this.total = total;
    if (!this.values.length) throw new Error('empty weighted list');
  }
  pick(rng) {
    const x = rng.float() * this.total;
    let lo = 0, hi = this.cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cum[mid] > x) hi = mid; else lo = mid + 1;
    }
    return this.values[lo];
  }
}
