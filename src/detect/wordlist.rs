//! The word-list table: used by the library and, through `#[path]`, by `build.rs`,
//! so that the tables built at compile time are the ones the library reads.

/// FxHash-style hash over bytes, eight at a time: cheap, and good enough for tables
/// whose keys are fixed in advance.
pub(crate) fn hash_bytes(bytes: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h.rotate_left(5) ^ v).wrapping_mul(K);
    }
    // The last 0-7 bytes, little-endian, as `from_le_bytes` of them zero-padded: read
    // as two overlapping halves (a copy of a variable length is a call to memcpy, and a
    // loop over the bytes a branch each, both costly in wasm for so few bytes).
    let r = chunks.remainder();
    let n = r.len();
    let tail = if n >= 4 {
        let lo = u64::from(u32::from_le_bytes([r[0], r[1], r[2], r[3]]));
        let hi = u64::from(u32::from_le_bytes([r[n - 4], r[n - 3], r[n - 2], r[n - 1]]));
        lo | hi << (8 * (n - 4))
    } else if n >= 2 {
        let lo = u64::from(u16::from_le_bytes([r[0], r[1]]));
        let hi = u64::from(u16::from_le_bytes([r[n - 2], r[n - 1]]));
        lo | hi << (8 * (n - 2))
    } else {
        r.first().map_or(0, |&b| u64::from(b))
    };
    h = (h.rotate_left(5) ^ tail).wrapping_mul(K);
    h ^ (h >> 29)
}

/// The `k`th slot of a table `size` slots long (see [`build`] for the widths).
pub(crate) fn read_slot(slots: &[u8], size: usize, k: usize) -> u32 {
    if slots.len() == size * 2 {
        u32::from(u16::from_le_bytes([slots[k * 2], slots[k * 2 + 1]]))
    } else {
        read_u32(slots, k)
    }
}

/// The `k`th little-endian u32 of `bytes`.
pub(crate) fn read_u32(bytes: &[u8], k: usize) -> u32 {
    let b = &bytes[k * 4..k * 4 + 4];
    u32::from_le_bytes([b[0], b[1], b[2], b[3]])
}

/// Sorts and dedups `words` and lays them out: the words each followed by a newline,
/// then the tables of [`tables`].
pub(crate) fn build(mut words: Vec<&str>) -> (String, Vec<u8>, Vec<u8>) {
    words.sort_unstable();
    words.dedup();
    let mut text = String::with_capacity(words.iter().map(|w| w.len() + 1).sum());
    for w in &words {
        text.push_str(w);
        text.push('\n');
    }
    let (starts, slots) = tables(&text);
    (text, starts, slots)
}

/// The tables of a text of distinct words each followed by a newline: little-endian
/// u32 start offsets (plus the end), and an open-addressing table of word index plus
/// one, at most half full, whose slots are u16 for lists of fewer than 65,535 words
/// (every list here) and u32 beyond. The name lists are shipped as text alone and
/// laid out by this at start-up: the tables are random-looking bytes that gzip cannot
/// shrink, and cost more in the .wasm than the milliseconds they take to make.
pub(crate) fn tables(text: &str) -> (Vec<u8>, Vec<u8>) {
    let bytes = text.as_bytes();
    // (The newlines found by memchr's SIMD search: a byte loop over the 400 KB of
    // names cost more than the hashing.)
    let words = memchr::memchr_iter(b'\n', bytes).count();
    let mut starts = Vec::with_capacity((words + 1) * 4);
    let size = (words * 2).next_power_of_two().max(8);
    let narrow = words < 0xFFFF;
    let mut slots = vec![0u8; if narrow { size * 2 } else { size * 4 }];
    let mut from = 0;
    for (i, end) in memchr::memchr_iter(b'\n', bytes).enumerate() {
        starts.extend_from_slice(&(from as u32).to_le_bytes());
        let mut at = hash_bytes(&bytes[from..end]) as usize & (size - 1);
        from = end + 1;
        while read_slot(&slots, size, at) != 0 {
            at = (at + 1) & (size - 1);
        }
        let index = i as u32 + 1;
        if narrow {
            slots[at * 2..at * 2 + 2].copy_from_slice(&(index as u16).to_le_bytes());
        } else {
            slots[at * 4..at * 4 + 4].copy_from_slice(&index.to_le_bytes());
        }
    }
    starts.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
    (starts, slots)
}
