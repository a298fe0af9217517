//! Conversion of byte offsets to the units the outside world counts in.
//!
//! The core works in bytes. JavaScript strings count UTF-16 code units and
//! Python strings count code points; this is the one place that converts.

/// The unit in which the offsets of a result are counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OffsetUnit {
    /// UTF-8 bytes, as the core works (Rust `str` slicing).
    Bytes,
    /// UTF-16 code units (JavaScript `String.slice`).
    Utf16,
    /// Unicode code points (Python slicing).
    CodePoints,
}

/// A non-ASCII character: where it starts in bytes and in units, and its widths.
#[derive(Clone, Copy)]
struct Wide {
    byte: usize,
    bytes: usize,
    unit: usize,
    units: usize,
}

/// Maps the byte offsets of one text to another unit, in O(log n) per offset.
pub(crate) struct OffsetMap {
    unit: OffsetUnit,
    wide: Vec<Wide>,
}

impl OffsetMap {
    pub(crate) fn new(text: &str, unit: OffsetUnit) -> OffsetMap {
        let mut wide = Vec::new();
        if unit != OffsetUnit::Bytes {
            let mut units = 0;
            for (byte, ch) in text.char_indices() {
                let width = match unit {
                    OffsetUnit::Utf16 => ch.len_utf16(),
                    _ => 1,
                };
                if !ch.is_ascii() {
                    wide.push(Wide {
                        byte,
                        bytes: ch.len_utf8(),
                        unit: units,
                        units: width,
                    });
                }
                units += width;
            }
        }
        OffsetMap { unit, wide }
    }

    /// The offset, in this map's unit, of the character boundary at `byte`.
    pub(crate) fn convert(&self, byte: usize) -> usize {
        if self.unit == OffsetUnit::Bytes {
            return byte;
        }
        // After the last non-ASCII character that starts before `byte`, every
        // byte up to `byte` is one ASCII character, one unit.
        let i = self.wide.partition_point(|w| w.byte < byte);
        match i.checked_sub(1).map(|i| self.wide[i]) {
            None => byte,
            Some(w) => w.unit + w.units + byte.saturating_sub(w.byte + w.bytes),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, unit: OffsetUnit) {
        for (byte, _) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            let expected = match unit {
                OffsetUnit::Bytes => byte,
                OffsetUnit::Utf16 => text[..byte].encode_utf16().count(),
                OffsetUnit::CodePoints => text[..byte].chars().count(),
            };
            assert_eq!(
                OffsetMap::new(text, unit).convert(byte),
                expected,
                "{text:?} at {byte}"
            );
        }
    }

    #[test]
    fn converts_every_boundary() {
        for text in [
            "",
            "plain",
            "Russia’s “war”",
            "😀 emoji first é",
            "a\u{200b}b\u{a0}c 𝔘",
        ] {
            for unit in [OffsetUnit::Bytes, OffsetUnit::Utf16, OffsetUnit::CodePoints] {
                check(text, unit);
            }
        }
    }
}
