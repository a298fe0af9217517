//! The sequence tagger: BILOU tags over PER, ORG, LOC and MISC, scored by a
//! linear model over hashed features and decoded with Viterbi.
//!
//! The model is an averaged perceptron rather than a CRF: it trains in
//! seconds without gradients or a line search, its weights quantize to one
//! byte with little loss, and on news NER it scores within a point of a CRF
//! with the same features. The weights are a table of `2^bits` rows of one
//! byte per tag; a feature's row is the top bits of its hash. A byte is an
//! index into a codebook of weights spaced by mu-law (fine steps near zero,
//! coarse ones for the few large weights): a sign bit and 31 magnitudes. Five
//! bits scored as well as seven on every evaluation set (2026-11-30, 3
//! seeds), and the fewer distinct bytes make the table half as large
//! gzipped, which is how the page loads it.
//!
//! Model file (`model.bin`, little-endian): the magic `PLNER2\0\0`, `bits`
//! (u32), the number of tags (u32), the tag-to-tag transition weights (f32
//! each), the codebook (256 f32), then the rows (one byte each).

use std::ops::Range;
use std::sync::LazyLock;

use super::features::{Context, Input};

/// The entity types the tagger knows, in tag order.
pub(crate) const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];
/// O, then B, I, L, U for each type.
pub(crate) const NTAGS: usize = 1 + 4 * TYPES.len();

const MAGIC: &[u8; 8] = b"PLNER2\0\0";
/// Bytes before the transition weights.
const HEADER: usize = 16;

/// Mu-law parameter of the codebook.
const MU: f32 = 255.0;
/// Magnitudes of the codebook above zero (codes 1..=LEVELS, with 128 for the sign).
const LEVELS: f32 = 31.0;

/// The tag for position `pos` (0 B, 1 I, 2 L, 3 U) of type `kind`.
pub(crate) fn tag(kind: usize, pos: usize) -> u8 {
    (1 + kind * 4 + pos) as u8
}

fn kind_of(tag: u8) -> usize {
    (tag as usize - 1) / 4
}

fn pos_of(tag: u8) -> usize {
    (tag as usize - 1) % 4
}

/// Whether a mention is open after `tag` (B or I).
fn open(tag: u8) -> bool {
    tag != 0 && pos_of(tag) < 2
}

/// Whether `cur` may follow `prev` (`None`: sentence start).
fn allowed(prev: Option<u8>, cur: u8) -> bool {
    match prev {
        Some(p) if open(p) => {
            cur != 0 && kind_of(cur) == kind_of(p) && matches!(pos_of(cur), 1 | 2)
        }
        _ => cur == 0 || matches!(pos_of(cur), 0 | 3),
    }
}

/// For each tag, the tags that may precede it.
static PREVIOUS: LazyLock<Vec<Vec<u8>>> = LazyLock::new(|| {
    (0..NTAGS as u8)
        .map(|cur| {
            (0..NTAGS as u8)
                .filter(|&p| allowed(Some(p), cur))
                .collect()
        })
        .collect()
});

/// Weights that score a sentence: the embedded model or one being trained.
pub(crate) trait Weights {
    /// The number of hash bits: rows are `2^bits`.
    fn bits(&self) -> u32;
    /// Adds the row `row` to `scores` (one per tag).
    fn add_row(&self, row: usize, scores: &mut [f32; NTAGS]);
    /// The weight of tag `cur` following tag `prev`.
    fn transition(&self, prev: u8, cur: u8) -> f32;
    /// Reads one byte of row `row`, to bring it into the cache.
    fn touch(&self, _row: usize) -> u8 {
        0
    }
}

/// The row of a feature hash.
pub(crate) fn row(hash: u64, bits: u32) -> usize {
    (hash >> (64 - bits)) as usize
}

/// The embedded model, with its weights borrowed from the binary.
pub(crate) struct Model {
    bits: u32,
    transitions: Vec<f32>,
    codebook: [f32; 256],
    rows: &'static [u8],
}

fn f32s(bytes: &[u8]) -> impl Iterator<Item = f32> + '_ {
    bytes
        .chunks_exact(4)
        .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
}

/// The codebook of a model whose largest weight is `max`: byte `b` stands
/// for a weight of sign `b & 128` and magnitude mu-law of `b & 127`.
fn codebook(max: f32) -> [f32; 256] {
    let mut book = [0.0; 256];
    for (b, slot) in book.iter_mut().enumerate() {
        let level = ((b & 127) as f32 / LEVELS).min(1.0);
        let magnitude = max * ((1.0 + MU).powf(level) - 1.0) / MU;
        *slot = if b & 128 != 0 { -magnitude } else { magnitude };
    }
    book
}

fn encode(w: f32, max: f32) -> u8 {
    if max <= 0.0 || w == 0.0 {
        return 0;
    }
    let level =
        ((1.0 + MU * (w.abs() / max).min(1.0)).ln() / (1.0 + MU).ln() * LEVELS).round() as u8;
    if w < 0.0 && level > 0 {
        128 | level
    } else {
        level
    }
}

impl Model {
    /// Reads a model file; `None` when it is not one (e.g. empty before training).
    pub(crate) fn parse(bytes: &'static [u8]) -> Option<Model> {
        let header = bytes.get(..HEADER)?;
        if &header[..8] != MAGIC {
            return None;
        }
        let u32_at = |at: usize| -> Option<u32> {
            Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
        };
        let bits = u32_at(8)?;
        if u32_at(12)? as usize != NTAGS || !(8..=24).contains(&bits) {
            return None;
        }
        let trans_end = HEADER + 4 * NTAGS * NTAGS;
        let transitions = f32s(bytes.get(HEADER..trans_end)?).collect();
        let book_end = trans_end + 4 * 256;
        let mut codebook = [0.0; 256];
        for (slot, w) in codebook
            .iter_mut()
            .zip(f32s(bytes.get(trans_end..book_end)?))
        {
            *slot = w;
        }
        let rows = bytes.get(book_end..)?;
        if rows.len() != NTAGS << bits {
            return None;
        }
        Some(Model {
            bits,
            transitions,
            codebook,
            rows,
        })
    }

    /// Writes a model: float `transitions`, and `rows` quantized to bytes.
    pub(crate) fn write(bits: u32, transitions: &[f32], rows: &[f32]) -> Vec<u8> {
        let max = rows.iter().fold(0.0f32, |m, w| m.max(w.abs()));
        let mut out = Vec::with_capacity(HEADER + 4 * transitions.len() + 1024 + rows.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&bits.to_le_bytes());
        out.extend_from_slice(&(NTAGS as u32).to_le_bytes());
        for &t in transitions {
            out.extend_from_slice(&t.to_le_bytes());
        }
        for w in codebook(max) {
            out.extend_from_slice(&w.to_le_bytes());
        }
        out.extend(rows.iter().map(|&w| encode(w, max)));
        out
    }
}

impl Weights for Model {
    fn bits(&self) -> u32 {
        self.bits
    }

    fn add_row(&self, row: usize, scores: &mut [f32; NTAGS]) {
        if let Some(r) = self.rows.get(row * NTAGS..row * NTAGS + NTAGS) {
            for (s, &w) in scores.iter_mut().zip(r) {
                *s += self.codebook[w as usize];
            }
        }
    }

    fn transition(&self, prev: u8, cur: u8) -> f32 {
        self.transitions[prev as usize * NTAGS + cur as usize]
    }

    fn touch(&self, row: usize) -> u8 {
        self.rows.get(row * NTAGS).copied().unwrap_or(0)
    }
}

/// A model file given in place of the compiled one (`--model`, for evaluating
/// a freshly trained model without rebuilding).
static MODEL_FILE: std::sync::OnceLock<&'static [u8]> = std::sync::OnceLock::new();

/// The model compiled into the library (or the one given to [`use_model`]), parsed once.
pub(crate) static MODEL: LazyLock<Option<Model>> = LazyLock::new(|| {
    Model::parse(
        MODEL_FILE
            .get()
            .copied()
            .unwrap_or(include_bytes!("model.bin")),
    )
});

/// Makes the tagger use the model file `bytes` (as written by `train`) in
/// place of the compiled one, for the rest of the process; call it before
/// the first analysis. Errors: the bytes are no model of this tagger, or a
/// model was already given.
pub fn use_model(bytes: Vec<u8>) -> Result<(), crate::error::Error> {
    let bytes: &'static [u8] = Vec::leak(bytes);
    if Model::parse(bytes).is_none() {
        return Err(crate::error::Error::format(
            "not a model of this tagger (want the PLNER2 file that `presslight train` writes)",
        ));
    }
    MODEL_FILE
        .set(bytes)
        .map_err(|_| crate::error::Error::format("a model was already given"))
}

/// Scratch space reused across sentences.
#[derive(Default)]
pub(crate) struct Scratch {
    pub features: Vec<u64>,
    /// Per token of the sentence: its rows, flattened, with `starts` as offsets.
    pub rows: Vec<u32>,
    pub starts: Vec<usize>,
    pub scores: Vec<[f32; NTAGS]>,
    back: Vec<[u8; NTAGS]>,
    /// What touching the rows read (kept so that the reads stay).
    touched: u8,
}

/// Computes the rows and emission scores of sentence `si` into `scratch`.
/// With `skip_plain`, tokens that [`Context::plain`] calls plain are given
/// O without scoring: tagging does, training does not (the model learns
/// its boundaries from them).
pub(crate) fn score_sentence<W: Weights>(
    weights: &W,
    ctx: &Context,
    s: &Range<usize>,
    si: usize,
    scratch: &mut Scratch,
    skip_plain: bool,
    mut lexical: impl FnMut() -> bool,
) {
    scratch.rows.clear();
    scratch.starts.clear();
    scratch.scores.clear();
    let bits = weights.bits();
    // First the rows of every token, then one cheap pass that touches them
    // all (so that their cache misses overlap), then the sums.
    for i in s.clone() {
        scratch.starts.push(scratch.rows.len());
        if skip_plain && ctx.plain(s, i) {
            continue;
        }
        scratch.features.clear();
        ctx.features(s, si, i, lexical(), &mut scratch.features);
        scratch
            .rows
            .extend(scratch.features.iter().map(|&h| row(h, bits) as u32));
    }
    scratch.starts.push(scratch.rows.len());
    scratch.touched = scratch
        .rows
        .iter()
        .fold(scratch.touched, |t, &r| t ^ weights.touch(r as usize));
    for (k, i) in s.clone().enumerate() {
        let rows = &scratch.rows[scratch.starts[k]..scratch.starts[k + 1]];
        let mut scores = [0.0; NTAGS];
        if rows.is_empty() && skip_plain && ctx.plain(s, i) {
            scores[1..].fill(f32::NEG_INFINITY);
        }
        for &r in rows {
            weights.add_row(r as usize, &mut scores);
        }
        scratch.scores.push(scores);
    }
}

/// The best valid tag sequence for the scores in `scratch`, into `out`.
pub(crate) fn viterbi<W: Weights>(weights: &W, scratch: &mut Scratch, out: &mut Vec<u8>) {
    out.clear();
    let n = scratch.scores.len();
    if n == 0 {
        return;
    }
    scratch.back.clear();
    scratch.back.resize(n, [0; NTAGS]);
    let mut best = [f32::NEG_INFINITY; NTAGS];
    for (t, b) in best.iter_mut().enumerate() {
        if allowed(None, t as u8) {
            *b = scratch.scores[0][t];
        }
    }
    let prevs = &*PREVIOUS;
    for i in 1..n {
        let mut next = [f32::NEG_INFINITY; NTAGS];
        // A token that can only be O (most tokens: plain words and
        // punctuation) needs one column of the lattice, not all of them.
        let only_outside = scratch.scores[i][1..]
            .iter()
            .all(|&v| v == f32::NEG_INFINITY);
        for (cur, slot) in next.iter_mut().enumerate() {
            if only_outside && cur != 0 {
                scratch.back[i][cur] = 0;
                continue;
            }
            let mut top = f32::NEG_INFINITY;
            let mut arg = 0u8;
            for &prev in &prevs[cur] {
                let v = best[prev as usize] + weights.transition(prev, cur as u8);
                if v > top {
                    top = v;
                    arg = prev;
                }
            }
            *slot = top + scratch.scores[i][cur];
            scratch.back[i][cur] = arg;
        }
        best = next;
    }
    let mut last = 0u8;
    let mut top = f32::NEG_INFINITY;
    for (t, &b) in best.iter().enumerate() {
        if !open(t as u8) && b > top {
            top = b;
            last = t as u8;
        }
    }
    out.resize(n, 0);
    out[n - 1] = last;
    for i in (1..n).rev() {
        out[i - 1] = scratch.back[i][out[i] as usize];
    }
}

/// The mentions in a tag sequence: (first token, end token, type), offsets added to `base`.
pub(crate) fn mentions(tags: &[u8], base: usize) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, &t) in tags.iter().enumerate() {
        if t == 0 {
            start = None;
            continue;
        }
        match pos_of(t) {
            0 => start = Some(i),
            3 => out.push((base + i, base + i + 1, kind_of(t))),
            2 => {
                if let Some(s) = start.take() {
                    out.push((base + s, base + i + 1, kind_of(t)));
                }
            }
            _ => {}
        }
    }
    out
}

/// Tags a whole article, sentence by sentence, remembering each sentence's
/// mentions as evidence for the next. Returns the mentions (token ranges, type).
pub(crate) fn tag_article<W: Weights>(weights: &W, input: &Input) -> Vec<(usize, usize, usize)> {
    let mut ctx = Context::new(input);
    let mut scratch = Scratch::default();
    let mut tags = Vec::new();
    let mut found = Vec::new();
    for (si, s) in input.sentences.iter().enumerate() {
        score_sentence(weights, &ctx, s, si, &mut scratch, true, || true);
        viterbi(weights, &mut scratch, &mut tags);
        for m in mentions(&tags, s.start) {
            ctx.remember(m.0..m.1, m.2);
            found.push(m);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transitions_follow_bilou() {
        let b_per = tag(0, 0);
        let l_per = tag(0, 2);
        let i_org = tag(1, 1);
        assert!(allowed(None, b_per));
        assert!(!allowed(None, l_per));
        assert!(allowed(Some(b_per), l_per));
        assert!(!allowed(Some(b_per), i_org));
        assert!(!allowed(Some(b_per), 0));
        assert!(allowed(Some(l_per), 0));
    }

    #[test]
    fn reads_spans_from_tags() {
        let tags = [0, tag(0, 0), tag(0, 2), 0, tag(2, 3)];
        assert_eq!(mentions(&tags, 10), vec![(11, 13, 0), (14, 15, 2)]);
    }

    #[test]
    fn rejects_foreign_model_files() {
        assert!(Model::parse(b"").is_none());
        assert!(Model::parse(b"PLNER2\0\0\x10\0\0\0\x11\0\0\0").is_none());
    }

    #[test]
    fn codebook_round_trips() {
        let book = codebook(10.0);
        for w in [0.0f32, 0.01, -0.01, 0.5, -3.0, 10.0, -10.0] {
            let back = book[encode(w, 10.0) as usize];
            assert!((back - w).abs() <= 0.1 * w.abs() + 0.005, "{w} -> {back}");
        }
    }
}
