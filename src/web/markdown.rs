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

#[cfg(test)]
mod tests {
    use super::*;

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
