use super::*;

/// Whether `b` is an ASCII letter.
fn is_letter(b: u8) -> bool {
    (b | 0x20).wrapping_sub(b'a') < 26
}

#[test]
fn the_letter_mask_agrees_with_a_byte_test() {
    for b in 0..=255u8 {
        let x = u64::from_le_bytes([b' ', b, b'a', 0xC3, b'Z', b'@', b'[', b'`']);
        let mask = letter_mask(x);
        assert_eq!(mask >> 15 & 1 == 1, is_letter(b), "byte {b}");
        assert_eq!(mask & !(0x80 << 8), 0x80 << 16 | 0x80 << 32);
    }
}

/// The trigger words of `text`, found a byte at a time.
fn byte_by_byte(text: &str) -> Vec<TriggerWord> {
    let bytes = text.as_bytes();
    let mut words = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let start = at;
        while at < bytes.len() && is_letter(bytes[at]) {
            at += 1;
        }
        if at == start {
            at += 1;
            continue;
        }
        let kinds = kinds_of(&bytes[start..at]);
        if kinds & kind::TRIGGERS != 0 {
            words.push(TriggerWord { start, kinds });
        }
    }
    words
}

#[test]
fn words_are_found_across_chunks_and_at_the_ends() {
    let text = "days xx twelve Hours.weeks-years é3 one";
    for cut in (0..=text.len()).filter(|&c| text.is_char_boundary(c)) {
        let found = Triggers::of(&text[..cut]).words;
        assert_eq!(found, byte_by_byte(&text[..cut]), "cut at {cut}");
    }
}

#[test]
fn words_are_found_across_blocks() {
    let long_run = "q".repeat(BLOCK + 6);
    let vocabulary = [
        "days", "TEN", "xx", "hundreds", "\u{e9}3", "May", &long_run, "one",
    ];
    for text in sample_texts(&vocabulary, 300) {
        assert_eq!(Triggers::of(&text).words, byte_by_byte(&text), "{text:?}");
    }
    // Every alignment of a word against the edge of a block.
    for pad in 0..=2 * BLOCK {
        let text = format!("{}days three{}", "-".repeat(pad), "s".repeat(pad % 7));
        assert_eq!(Triggers::of(&text).words, byte_by_byte(&text), "pad {pad}");
    }
}

#[test]
fn the_gathered_bits_are_the_bytes_in_order() {
    let mut block = [b' '; BLOCK];
    for (i, b) in block.iter_mut().enumerate() {
        if i % 3 == 0 || i == BLOCK - 1 {
            *b = b'k';
        }
    }
    let expected = (0..BLOCK)
        .filter(|&i| is_letter(block[i]))
        .fold(0u64, |bits, i| bits | 1 << i);
    assert_eq!(letter_bits(&block), expected);
}

#[test]
fn every_trigger_word_is_found_by_its_key() {
    for &(kind, list) in WORDS {
        for word in list {
            assert_ne!(kinds_of(word.as_bytes()) & kind, 0, "{word}");
            assert_ne!(kinds_of(word.to_uppercase().as_bytes()) & kind, 0, "{word}");
        }
    }
    assert_eq!(kinds_of(b"Day"), kind::TIME_UNIT | kind::FIXED_RELATIVE);
    assert_eq!(kinds_of(b"these"), 0);
    assert_eq!(kinds_of(b"fifty"), kind::NUMBER);
    assert_eq!(kinds_of(b"a") & kind::BEFORE_NUMBER, kind::BEFORE_NUMBER);
    assert_eq!(kinds_of(b"fiery"), 0);
}

#[test]
fn words_are_classified_whole_and_in_any_case() {
    let triggers = Triggers::of("Three days, someone's TEN years; 4 Hrs and hundreds");
    let numbers: Vec<_> = triggers.starts(kind::NUMBER).collect();
    let units: Vec<_> = triggers.starts(kind::TIME_UNIT).collect();
    assert_eq!(numbers, [0, 22]);
    assert_eq!(units, [6, 26, 35]);
}
