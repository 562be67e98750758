//! Deck text as HTML: Markdown rendered by pulldown-cmark, with any HTML in the text shown as
//! text, and links and images shown as their words (a deck is anyone's upload).

use pulldown_cmark::{html, Event, Options, Parser, Tag, TagEnd};

/// `text` (Markdown) as safe HTML.
pub fn to_html(text: &str) -> String {
    let events =
        Parser::new_ext(text, Options::ENABLE_STRIKETHROUGH).filter_map(|event| match event {
            Event::Html(raw) | Event::InlineHtml(raw) => Some(Event::Text(raw)),
            Event::Start(Tag::Link { .. } | Tag::Image { .. })
            | Event::End(TagEnd::Link | TagEnd::Image) => None,
            other => Some(other),
        });
    let mut out = String::with_capacity(text.len() * 2);
    html::push_html(&mut out, events);
    out
}

/// A line of `text` (Markdown) as safe HTML to sit inside other text: one paragraph's
/// contents without its `<p>`, or the blocks as they are when there are more.
pub fn inline_html(text: &str) -> String {
    let html = to_html(text);
    match html
        .trim_end()
        .strip_prefix("<p>")
        .and_then(|h| h.strip_suffix("</p>"))
    {
        Some(inner) if !inner.contains("<p>") => inner.to_owned(),
        _ => html,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_renders_without_its_paragraph() {
        assert_eq!(inline_html("Call `cancel()`"), "Call <code>cancel()</code>");
        assert_eq!(inline_html("a\n\nb"), "<p>a</p>\n<p>b</p>\n");
        assert_eq!(inline_html("<i>x</i>"), "&lt;i&gt;x&lt;/i&gt;");
    }

    #[test]
    fn markdown_renders_and_html_links_and_images_do_not() {
        assert_eq!(
            to_html("**bold** `code`"),
            "<p><strong>bold</strong> <code>code</code></p>\n"
        );
        let html = to_html("<script>alert(1)</script>\n\n[x](javascript:alert(1)) ![i](http://e/i.png) <b onmouseover=x>");
        assert!(
            !html.contains("<script") && !html.contains("<b ") && !html.contains("<a"),
            "{html}"
        );
        assert!(!html.contains("<img") && !html.contains("href"), "{html}");
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{html}"
        );
    }
}
