//! Hashing for the tagger's features and name lists: tokens and their
//! lowercase forms hashed to 64 bits without building strings, sequences of
//! token hashes, and sets and maps keyed by such hashes.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A hasher for keys that are already good 64-bit hashes: it keeps them.
#[derive(Default)]
pub(crate) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x100000001b3);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A set of hashes.
pub(crate) type HashSet64 = HashSet<u64, BuildHasherDefault<KeyHasher>>;
/// A map from hashes.
pub(crate) type HashMap64<V> = HashMap<u64, V, BuildHasherDefault<KeyHasher>>;

/// Hash of a byte string (FNV-1a).
pub(crate) fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// A strong 64-bit mixer (the finalizer of MurmurHash3).
pub(crate) fn mix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^ (h >> 33)
}

/// Extends the hash `h` of a token sequence with the token hashed `token` at position `k`.
pub(crate) fn seq_hash(h: u64, token: u64, k: usize) -> u64 {
    mix(h ^ token.rotate_left(k as u32 * 7 + 1))
}

/// Normalizes typographic variants so that pasted and tokenized text look alike.
pub(crate) fn normalize(c: char) -> char {
    match c {
        '’' | '‘' | 'ʼ' | '‛' | '`' => '\'',
        '“' | '”' | '„' | '‟' | '«' | '»' => '"',
        '–' | '—' | '‑' | '‐' => '-',
        _ => c,
    }
}

/// The hash of the lowercase form of `word`, digits as 0, using `buf` as scratch.
pub(crate) fn hash_lower(word: &str, buf: &mut String) -> u64 {
    buf.clear();
    for c in word.chars() {
        if c.is_ascii() {
            buf.push(match c {
                '0'..='9' => '0',
                '`' => '\'',
                _ => c.to_ascii_lowercase(),
            });
            continue;
        }
        buf.extend(normalize(c).to_lowercase());
    }
    hash_bytes(buf.as_bytes())
}
