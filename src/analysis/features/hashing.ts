// Seeded 32-bit string hash: FNV-1a over UTF-16 code units, then the murmur3 finaliser to spread
// the bits (plain FNV-1a clusters short strings in the low bits we use as bucket numbers).

export function hashRange(text: string, from: number, to: number, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

export function hashString(text: string, seed: number): number {
  return hashRange(text, 0, text.length, seed);
}

export function fmix32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
