// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

// Internal to sanitizedHtml(): its Markdown front end.
namespace radar::richtext {

class RichTextWriter;

/// Whether [label](url) and bare http(s) URLs become links; not inside a link already.
enum class InlineLinks : quint8 { Linked, Unlinked };

/// Markdown's inline markup in `text`: emphasis, code spans, links and backslash escapes, with
/// character references decoded and newlines as line breaks. Also reads the text runs of HTML that
/// has no block markup of its own.
void writeMarkdownInline(RichTextWriter &writer, QStringView text, InlineLinks links);

/// `text` as the Markdown subset provider texts use: paragraphs, headings (as bold lines), bullet
/// and numbered lists, fenced code, thematic breaks (as paragraph ends), and the inline markup.
void writeMarkdown(RichTextWriter &writer, QStringView text);

} // namespace radar::richtext
