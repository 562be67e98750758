//! Pictures drawn from data: `/score`'s card, `/review stats`' card and `/stats`'s hardest
//! questions, each an SVG document built here and rendered to PNG by resvg; the dashboard
//! shows the score card's SVG inline.
//!
//! The only fonts are the two DejaVu Sans faces in `fonts/` (licence beside them), compiled
//! in and loaded once: no system font is ever read, so a picture is the same bytes on every
//! machine. Glyphs DejaVu lacks (most emoji) come out as its empty box; right-to-left text
//! is laid out by resvg's bidi support.
//!
//! The words on a picture are the caller's, in the reader's language: each is a message of
//! `locales/` (`picture-*`) that [`Say`] renders; the pictures name the message and give its
//! arguments, and never hold a sentence of their own.

mod review;
pub mod sample;
mod score_card;
mod stats;

use std::fmt::Write as _;
use std::sync::{Arc, OnceLock};

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg::{fontdb, Options, Tree};

use crate::scores::Tally;

pub use review::review_card;
pub use score_card::{score_card, svg as score_card_svg, HEIGHT as SCORE_CARD_HEIGHT};
pub use stats::{stats, HEIGHT as STATS_HEIGHT};

use crate::labels::{Arg, Say};

/// Every picture's width in pixels: about twice what Discord shows in a chat, so it stays
/// sharp when opened, with no text smaller than 15 pixels, which the preview halves.
pub const WIDTH: u32 = 800;

const FAMILY: &str = "DejaVu Sans";
const REGULAR: &[u8] = include_bytes!("fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("fonts/DejaVuSans-Bold.ttf");

/// Colours that read on Discord's dark and light themes alike: the picture brings its own
/// opaque dark background.
mod colour {
    pub const BACKGROUND: &str = "#1e1f22";
    pub const PANEL: &str = "#2b2d31";
    pub const TRACK: &str = "#3f4147";
    pub const TEXT: &str = "#f2f3f5";
    pub const MUTED: &str = "#b5bac1";
    pub const ACCENT: &str = "#5865f2";
    pub const GOOD: &str = "#3ba55c";
    pub const FAIR: &str = "#f0b232";
    pub const POOR: &str = "#ed4245";
}

#[derive(Debug, thiserror::Error)]
pub enum PictureError {
    #[error("the picture's SVG does not parse: {0}")]
    Svg(#[from] resvg::usvg::Error),
    #[error("no pixmap of {WIDTH}x{0}")]
    Pixmap(u32),
    #[error("PNG encoding: {0}")]
    Png(String),
}

fn options() -> &'static Options<'static> {
    static OPTIONS: OnceLock<Options<'static>> = OnceLock::new();
    OPTIONS.get_or_init(|| {
        let mut fonts = fontdb::Database::new();
        fonts.load_font_data(REGULAR.to_vec());
        fonts.load_font_data(BOLD.to_vec());
        // Any family a document names, and the fallback for missing glyphs, is DejaVu.
        fonts.set_serif_family(FAMILY);
        fonts.set_sans_serif_family(FAMILY);
        Options {
            font_family: FAMILY.to_owned(),
            fontdb: Arc::new(fonts),
            ..Options::default()
        }
    })
}

/// `svg` (a document [`WIDTH`] wide and `height` high) as PNG bytes.
fn render(svg: &str, height: u32) -> Result<Vec<u8>, PictureError> {
    let tree = Tree::from_str(svg, options())?;
    let mut pixmap = Pixmap::new(WIDTH, height).ok_or(PictureError::Pixmap(height))?;
    resvg::render(&tree, Transform::identity(), &mut pixmap.as_mut());
    encode(&pixmap)
}

/// The pixels as an RGB PNG: the background is opaque, so alpha would be a quarter of the
/// bytes for nothing, and the best compression keeps a picture well under Discord's limits.
fn encode(pixmap: &Pixmap) -> Result<Vec<u8>, PictureError> {
    let rgb: Vec<u8> = pixmap
        .pixels()
        .iter()
        .flat_map(|p| {
            let p = p.demultiply();
            [p.red(), p.green(), p.blue()]
        })
        .collect();
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Best);
    let png_error = |e: png::EncodingError| PictureError::Png(e.to_string());
    let mut writer = encoder.write_header().map_err(png_error)?;
    writer.write_image_data(&rgb).map_err(png_error)?;
    writer.finish().map_err(png_error)?;
    Ok(out)
}

/// An SVG document being written: the page, then shapes and text in drawing order.
struct Svg(String);

/// How text is anchored at its `x`.
#[derive(Clone, Copy)]
enum Anchor {
    Start,
    End,
}

impl Svg {
    fn new(title: &str, height: u32) -> Svg {
        let mut svg = Svg(String::with_capacity(8 * 1024));
        let _ = write!(
            svg.0,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="{FAMILY}"><title>{}</title>"#,
            escape(title)
        );
        svg.rect(
            0.0,
            0.0,
            f64::from(WIDTH),
            f64::from(height),
            0.0,
            colour::BACKGROUND,
        );
        svg
    }

    fn rect(&mut self, x: f64, y: f64, width: f64, height: f64, radius: f64, fill: &str) {
        let _ = write!(
            self.0,
            r#"<rect x="{x:.1}" y="{y:.1}" width="{:.1}" height="{:.1}" rx="{radius:.1}" fill="{fill}"/>"#,
            width.max(0.0),
            height.max(0.0)
        );
    }

    /// `text` at (`x`, `y`) (its baseline), cut to about `width` pixels.
    #[allow(clippy::too_many_arguments)]
    fn text(
        &mut self,
        x: f64,
        y: f64,
        size: f64,
        bold: bool,
        fill: &str,
        anchor: Anchor,
        width: f64,
        text: &str,
    ) {
        let weight = if bold { "bold" } else { "normal" };
        let anchor = match anchor {
            Anchor::Start => "start",
            Anchor::End => "end",
        };
        // A line too long for its place (a longer language's) is first drawn smaller, down to
        // a quarter smaller and never under MIN_SIZE, and only then cut.
        let natural = width_of(text, size, bold);
        let size = if natural > width {
            (size * width / natural)
                .max(size * 0.75)
                .max(MIN_SIZE.min(size))
        } else {
            size
        };
        let _ = write!(
            self.0,
            r#"<text x="{x:.1}" y="{y:.1}" font-size="{size:.1}" font-weight="{weight}" fill="{fill}" text-anchor="{anchor}">{}</text>"#,
            escape(&fit(text, width, size, bold))
        );
    }

    fn finish(mut self) -> String {
        self.0.push_str("</svg>");
        self.0
    }
}

/// The smallest text on a picture, in pixels: Discord's preview shows it at half size.
const MIN_SIZE: f64 = 15.0;

/// A card's heading: whose it is, and a line summing it up beneath.
fn heading(svg: &mut Svg, name: &str, summary: &str) {
    svg.text(
        36.0,
        62.0,
        34.0,
        true,
        colour::TEXT,
        Anchor::Start,
        520.0,
        name,
    );
    svg.text(
        36.0,
        94.0,
        20.0,
        false,
        colour::MUTED,
        Anchor::Start,
        520.0,
        summary,
    );
}

/// The row of chips under a card's heading: each a label and its value.
fn chips(svg: &mut Svg, chips: &[(String, String)]) {
    for (i, (label, value)) in chips.iter().enumerate() {
        let label = label.to_uppercase();
        let x = 36.0 + 248.0 * i as f64;
        svg.rect(x, 114.0, 232.0, 60.0, 10.0, colour::PANEL);
        svg.text(
            x + 16.0,
            137.0,
            15.0,
            true,
            colour::MUTED,
            Anchor::Start,
            200.0,
            &label,
        );
        svg.text(
            x + 16.0,
            163.0,
            21.0,
            true,
            colour::TEXT,
            Anchor::Start,
            200.0,
            value,
        );
    }
}

/// A card's panel under its chips, in the left (`x` 36) or right (`x` 412) column, `height`
/// tall, with its title.
fn panel(svg: &mut Svg, x: f64, height: f64, title: &str) {
    svg.rect(x, 190.0, 352.0, height, 10.0, colour::PANEL);
    svg.text(
        x + 18.0,
        218.0,
        18.0,
        true,
        colour::TEXT,
        Anchor::Start,
        320.0,
        title,
    );
}

/// A bar of `share` (0 to 1) of `width` on its track, coloured by how good the share is.
fn bar(svg: &mut Svg, x: f64, y: f64, width: f64, share: f64) {
    svg.rect(x, y, width, 10.0, 5.0, colour::TRACK);
    if share > 0.0 {
        svg.rect(x, y, (width * share).max(10.0), 10.0, 5.0, grade(share));
    }
}

/// Accuracy per topic in a column at (`x`, `y`) of `width`: at most `rows` topics, each its
/// name and share above its bar, in the order given.
fn topics(
    svg: &mut Svg,
    say: &dyn Say,
    (x, y, width): (f64, f64, f64),
    rows: usize,
    topics: &[(String, Tally)],
) {
    for (i, (topic, tally)) in topics.iter().take(rows).enumerate() {
        let top = y + 40.0 * i as f64;
        let share = tally.accuracy();
        let label = say.percent(share);
        svg.text(
            x + width,
            top,
            17.0,
            true,
            grade(share),
            Anchor::End,
            60.0,
            &label,
        );
        svg.text(
            x,
            top,
            17.0,
            false,
            colour::TEXT,
            Anchor::Start,
            width - 64.0,
            topic,
        );
        bar(svg, x, top + 8.0, width, share);
    }
}

/// The colour of a share of right answers.
fn grade(share: f64) -> &'static str {
    if share >= 0.75 {
        colour::GOOD
    } else if share >= 0.5 {
        colour::FAIR
    } else {
        colour::POOR
    }
}

/// `text` with XML's five special characters escaped, and control characters (which XML
/// 1.0 forbids) left out.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// The two faces, parsed once, to measure text with.
struct Faces {
    regular: ttf_parser::Face<'static>,
    bold: ttf_parser::Face<'static>,
}

fn faces() -> Option<&'static Faces> {
    static FACES: OnceLock<Option<Faces>> = OnceLock::new();
    FACES
        .get_or_init(|| {
            Some(Faces {
                regular: ttf_parser::Face::parse(REGULAR, 0).ok()?,
                bold: ttf_parser::Face::parse(BOLD, 0).ok()?,
            })
        })
        .as_ref()
}

/// How wide `c` is, in ems: its advance in the face, or for a character the face lacks
/// that of the box drawn in its place.
fn em(c: char, bold: bool) -> f64 {
    let Some(faces) = faces() else {
        return 1.0;
    };
    let face = if bold { &faces.bold } else { &faces.regular };
    let glyph = face.glyph_index(c).unwrap_or(ttf_parser::GlyphId(0));
    let advance = face.glyph_hor_advance(glyph).unwrap_or(0);
    f64::from(advance) / f64::from(face.units_per_em())
}

/// How wide `text` is at `size`, in pixels.
fn width_of(text: &str, size: f64, bold: bool) -> f64 {
    text.chars().map(|c| em(c, bold)).sum::<f64>() * size
}

/// `text` on one line, cut with an ellipsis to `width` pixels at `size`.
fn fit(text: &str, width: f64, size: f64, bold: bool) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if width_of(&line, size, bold) <= width {
        return line;
    }
    let mut used = width_of("…", size, bold);
    let mut out = String::new();
    for c in line.chars() {
        used += em(c, bold) * size;
        if used > width {
            break;
        }
        out.push(c);
    }
    out.truncate(out.trim_end().len());
    out.push('…');
    out
}

/// `text` in at most `lines` lines of `width` pixels at `size`, broken between words; the
/// last line is cut with an ellipsis if the text goes on.
fn wrap(text: &str, width: f64, size: f64, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut words = text.split_whitespace();
    while let Some(word) = words.next() {
        let full = out.len() == lines;
        match out.last_mut() {
            Some(line) if width_of(&format!("{line} {word}"), size, false) <= width => {
                line.push(' ');
                line.push_str(word);
            }
            Some(last) if full => {
                let rest: Vec<&str> = std::iter::once(word).chain(words).collect();
                *last = fit(&format!("{last} {}", rest.join(" ")), width, size, false);
                break;
            }
            _ => out.push(word.to_owned()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_cut_to_fit() {
        assert_eq!(
            escape(r#"<a & "b" 'c'>"#),
            "&lt;a &amp; &quot;b&quot; &apos;c&apos;&gt;"
        );
        assert_eq!(escape("a\u{0}b\u{1b}c"), "abc");
        assert_eq!(fit("short", 200.0, 20.0, false), "short");
        let cut = fit(&"x".repeat(100), 200.0, 20.0, true);
        assert!(
            cut.ends_with('…') && width_of(&cut, 20.0, true) <= 200.0,
            "{cut}"
        );
        assert_eq!(fit("a\n  b", 200.0, 20.0, false), "a b");
        assert_eq!(fit("", 0.0, 20.0, false), "");
    }

    #[test]
    fn wrapping_breaks_between_words_and_cuts_the_last_line() {
        let text = "one two three four five six seven eight nine ten";
        let lines = wrap(text, 120.0, 20.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[0].starts_with("one two"), "{lines:?}");
        assert!(lines[1].ends_with('…'), "{lines:?}");
        assert!(lines.iter().all(|l| width_of(l, 20.0, false) <= 120.0));
        assert_eq!(wrap("short", 120.0, 20.0, 2), ["short"]);
        assert!(wrap("", 120.0, 20.0, 2).is_empty());
        let long_word = wrap(&"x".repeat(100), 120.0, 20.0, 2);
        assert!(
            width_of(&long_word[0], 20.0, false) > 120.0,
            "one word is cut when drawn"
        );
    }
}

/// What the picture tests share: decoding a PNG and judging it.
#[cfg(test)]
pub(crate) mod check {
    use resvg::tiny_skia::Pixmap;
    use std::collections::HashSet;

    pub use crate::labels::Keys;

    /// Decodes `png`, checks its size, and counts its distinct colours.
    pub fn colours(png: &[u8], height: u32) -> usize {
        let pixmap = Pixmap::decode_png(png).expect("a PNG");
        assert_eq!((pixmap.width(), pixmap.height()), (super::WIDTH, height));
        let colours: HashSet<[u8; 4]> = pixmap
            .pixels()
            .iter()
            .map(|p| [p.red(), p.green(), p.blue(), p.alpha()])
            .collect();
        colours.len()
    }

    /// Names no font draws all of, or that no card has room for.
    pub fn awkward_names() -> Vec<String> {
        vec![
            ('\u{1F600}'..='\u{1F61F}').collect(),
            "مرحبا بالعالم שלום עולם".into(),
            "x".repeat(100),
            "<script>&amp;\"'</script>\u{0}\u{202e}".into(),
            String::new(),
        ]
    }
}
