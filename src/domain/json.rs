//! JSON written by hand, for the one place serde_json's value-by-value calls cost too much: a
//! snapshot's score rows, a million of them (issue 9). Strings that need escaping still go
//! through serde_json.

use std::io;

use serde::Serialize;

/// Bytes gathered in a buffer on the stack and appended to `out` a few hundred at a time.
/// Appended to a `Vec` piece by piece, each number's digits or name cost a call to `memcpy`
/// (issue 9: 14% of a snapshot's samples), and a byte pushed at a time a check of the
/// vector's capacity.
pub struct Writer<'a> {
    out: &'a mut Vec<u8>,
    buf: [u8; CAPACITY],
    at: usize,
}

const CAPACITY: usize = 256;

/// Strings longer than this, or that need escaping, go to `out` directly.
const SHORT: usize = 64;

/// "00" to "99".
const PAIRS: &[u8; 200] = b"\
    0001020304050607080910111213141516171819\
    2021222324252627282930313233343536373839\
    4041424344454647484950515253545556575859\
    6061626364656667686970717273747576777879\
    8081828384858687888990919293949596979899";

impl<'a> Writer<'a> {
    pub fn new(out: &'a mut Vec<u8>) -> Self {
        Self {
            out,
            buf: [0; CAPACITY],
            at: 0,
        }
    }

    /// Makes room for `len` more bytes (at most [`SHORT`] + 2) and says where they go. That is
    /// always `at`: the `min` only shows the compiler that the bytes fit, so that it checks
    /// none of their indices (issue 9: 127 of a score row's 1,292 instructions).
    #[inline(always)]
    fn room(&mut self, len: usize) -> usize {
        if self.at > CAPACITY - len {
            self.flush();
        }
        self.at.min(CAPACITY - len)
    }

    /// Appends what the buffer holds to `out`; dropping the writer does too.
    fn flush(&mut self) {
        self.out.extend_from_slice(&self.buf[..self.at]);
        self.at = 0;
    }

    /// Punctuation, a key or a literal such as `null`: a copy of a length known when
    /// compiling, a move or two.
    #[inline(always)]
    pub fn raw<const N: usize>(&mut self, bytes: &[u8; N]) {
        const { assert!(N <= SHORT) };
        let at = self.room(N);
        self.buf[at..at + N].copy_from_slice(bytes);
        self.at = at + N;
    }

    /// A string, quoted and escaped as serde_json does it.
    pub fn str(&mut self, s: &str) -> io::Result<()> {
        let plain = s.len() <= SHORT && !s.bytes().any(|b| b < 0x20 || b == b'"' || b == b'\\');
        if !plain {
            return self.value(s);
        }
        let at = self.room(s.len() + 2);
        let quoted = &mut self.buf[at..at + s.len() + 2];
        quoted[0] = b'"';
        for (to, from) in quoted[1..].iter_mut().zip(s.as_bytes()) {
            *to = *from;
        }
        quoted[s.len() + 1] = b'"';
        self.at = at + s.len() + 2;
        Ok(())
    }

    /// Anything else, by serde_json.
    pub fn value(&mut self, value: &(impl Serialize + ?Sized)) -> io::Result<()> {
        self.flush();
        Ok(serde_json::to_writer(&mut *self.out, value)?)
    }

    /// A number in decimal. Always inlined: a call per number cost more than many a number's
    /// digits (issue 9).
    #[inline(always)]
    pub fn int(&mut self, n: impl Into<u64>) {
        let mut n: u64 = n.into();
        let at = self.room(20);
        // Most of a score row's numbers are below a hundred.
        if n < 10 {
            self.buf[at] = b'0' + n as u8;
            self.at = at + 1;
            return;
        }
        if n < 100 {
            let pair = n as usize * 2;
            self.buf[at..at + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
            self.at = at + 2;
            return;
        }
        let len = n.checked_ilog10().map_or(1, |log| log as usize + 1);
        let end = at + len;
        let digits = &mut self.buf[at..end];
        let mut i = len;
        // Eight digits at a time in `u32`s, whose halves are independent of each other.
        while n >= 100_000_000 {
            let eight = (n % 100_000_000) as u32;
            n /= 100_000_000;
            i -= 8;
            four(&mut digits[i..i + 4], eight / 10_000);
            four(&mut digits[i + 4..i + 8], eight % 10_000);
        }
        let mut n = n as u32;
        while n >= 10_000 {
            i -= 4;
            four(&mut digits[i..i + 4], n % 10_000);
            n /= 10_000;
        }
        let mut n = n as usize;
        if n >= 100 {
            let low = n % 100 * 2;
            n /= 100;
            i -= 2;
            digits[i..i + 2].copy_from_slice(&PAIRS[low..low + 2]);
        }
        if n >= 10 {
            digits[..2].copy_from_slice(&PAIRS[n * 2..n * 2 + 2]);
        } else {
            digits[0] = b'0' + n as u8;
        }
        self.at = end;
    }
}

/// `n`, below 10,000, as exactly four digits.
#[inline(always)]
fn four(digits: &mut [u8], n: u32) {
    let (high, low) = (n as usize / 100 * 2, n as usize % 100 * 2);
    digits[..2].copy_from_slice(&PAIRS[high..high + 2]);
    digits[2..4].copy_from_slice(&PAIRS[low..low + 2]);
}

impl Drop for Writer<'_> {
    fn drop(&mut self) {
        self.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(f: impl FnOnce(&mut Writer<'_>)) -> String {
        let mut out = Vec::new();
        f(&mut Writer::new(&mut out));
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn numbers_are_written_as_serde_json_writes_them() {
        let mut samples = vec![
            0,
            1,
            9,
            10,
            99,
            100,
            101,
            999,
            1_000,
            u64::MAX,
            u64::MAX - 1,
        ];
        samples.extend((0..20).map(|p| 10u64.pow(p)));
        samples.extend((1..20).map(|p| 10u64.pow(p) - 1));
        samples.extend((0..64).map(|s| 1u64 << s));
        // And numbers of every length, from a fixed pseudo-random sequence.
        let mut x = 1u64;
        samples.extend((0..10_000).map(|_| {
            x = x
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            x >> (x % 64)
        }));
        for n in samples {
            assert_eq!(written(|w| w.int(n)), serde_json::to_string(&n).unwrap());
        }
    }

    #[test]
    fn strings_are_quoted_and_escaped_as_serde_json_does_it() {
        let long = "é".repeat(SHORT);
        for s in [
            "",
            "ann",
            "a\"b",
            "back\\slash",
            "tab\there",
            "\u{1}",
            "日本語",
            &long,
        ] {
            assert_eq!(
                written(|w| w.str(s).unwrap()),
                serde_json::to_string(s).unwrap()
            );
        }
    }

    /// Far more than the buffer holds, in every kind of piece, comes out whole and in order.
    #[test]
    fn pieces_come_out_in_order_across_many_buffers() {
        let text = written(|w| {
            for i in 0..1_000u32 {
                w.raw(b"[");
                w.int(i);
                w.raw(b",");
                w.str(if i % 7 == 0 { "quote\"d" } else { "plain" })
                    .unwrap();
                w.raw(b"]");
            }
        });
        let expected: String = (0..1_000u32)
            .map(|i| {
                let s = if i % 7 == 0 { "quote\"d" } else { "plain" };
                format!("[{i},{}]", serde_json::to_string(s).unwrap())
            })
            .collect();
        assert_eq!(text, expected);
    }
}
