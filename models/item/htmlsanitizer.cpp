// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlsanitizer.h"

#include "markdowntext.h"
#include "richtextwriter.h"

#include <QHash>

#include <algorithm>
#include <initializer_list>
#include <optional>

// Two front ends share one writer: an HTML tokenizer (browser-like, but every tag outside the
// allowlist is dropped) and a Markdown subset for texts without HTML tags. The writer alone emits
// markup, so nothing a front end misreads can get past the allowlist. Every loop moves forward and
// every stack is capped, which keeps hostile input linear.

namespace radar {

using namespace richtext;

namespace {

constexpr qsizetype maximumUrlLength = 4096;

enum class TagKind : quint8 {
    Allowed, // kept, as `element`
    LineBreak,
    Heading, // bold, on a line of its own
    DropsContent, // the element and everything in it vanish
    Void, // dropped; has no content (img keeps its alt text)
    Block, // dropped, but its start and end break the line
    Cell, // dropped, but separated by a space
    Ignored, // dropped, its text kept
};

struct TagInfo
{
    TagKind kind = TagKind::Ignored;
    Element element = Element::P;
};

const QHash<QString, TagInfo> &knownTags()
{
    static const QHash<QString, TagInfo> tags = [] {
        QHash<QString, TagInfo> table;
        const auto add = [&table](TagKind kind, std::initializer_list<const char *> names) {
            for (const char *name : names)
                table.insert(QString::fromLatin1(name), {kind});
        };
        for (int element = 0; element <= int(Element::Pre); ++element)
            table.insert(QString(elementName(Element(element))), {TagKind::Allowed, Element(element)});
        add(TagKind::LineBreak, {"br"});
        add(TagKind::Heading, {"h1", "h2", "h3", "h4", "h5", "h6"});
        add(TagKind::DropsContent,
            {"script", "style", "iframe", "object", "template", "noscript", "title", "svg", "math",
             "textarea", "select", "frameset", "applet", "noembed", "noframes", "video", "audio", "canvas"});
        // embed and frame are void in HTML: nothing follows them that could be their content.
        add(TagKind::Void,
            {"img", "image", "source", "track", "link", "meta", "base", "input", "embed", "frame", "param",
             "wbr", "area", "col", "keygen", "basefont", "bgsound"});
        add(TagKind::Block, {"div",    "table",  "tr",     "caption",    "section",    "article", "header",
                             "footer", "nav",    "aside",  "main",       "blockquote", "address", "dl",
                             "dt",     "dd",     "figure", "figcaption", "details",    "summary", "fieldset",
                             "legend", "center", "form",   "hr"});
        add(TagKind::Cell, {"td", "th"});
        // head needs no dropping of its own: title, style, script, meta and link in it are dropped.
        add(TagKind::Ignored,
            {"html",  "head",  "body",     "span",    "font",   "u",       "s",        "strike",
             "small", "big",   "sub",      "sup",     "abbr",   "acronym", "cite",     "q",
             "mark",  "del",   "ins",      "label",   "button", "option",  "optgroup", "tbody",
             "thead", "tfoot", "colgroup", "picture", "nobr",   "time",    "kbd",      "samp",
             "tt",    "var",   "dfn",      "bdi",     "bdo",    "ruby",    "rt",       "rp"});
        return table;
    }();
    return tags;
}

std::optional<TagInfo> tagInfo(QStringView name)
{
    const QHash<QString, TagInfo> &tags = knownTags();
    const auto found = tags.constFind(name.toString());
    return found == tags.cend() ? std::nullopt : std::optional<TagInfo>(*found);
}

struct MarkupKind
{
    bool html = false;
    bool structured = false; // has block markup of its own, so newlines in it are just spaces
};

QString asciiLower(QStringView text)
{
    QString out = text.toString();
    for (QChar &c : out) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return out;
}

// HTML means a known tag (so "use <name> here" stays text), a comment or a doctype.
MarkupKind detectMarkup(QStringView text)
{
    MarkupKind kind;
    for (qsizetype at = text.indexOf(u'<'); at >= 0; at = text.indexOf(u'<', at + 1)) {
        const QStringView rest = text.sliced(at);
        if (rest.startsWith(u"<!--") || rest.startsWith(u"<!doctype", Qt::CaseInsensitive)
            || rest.startsWith(u"<![CDATA[")) {
            kind.html = true;
            continue;
        }
        const qsizetype nameStart = rest.startsWith(u"</") ? 2 : 1;
        const qsizetype nameEnd = nameStart + asciiAlphanumericLength(rest, nameStart, 16);
        if (nameEnd == nameStart || nameEnd >= rest.size() || !isAsciiLetter(rest[nameStart])
            || !(isHtmlSpace(rest[nameEnd]) || rest[nameEnd] == u'/' || rest[nameEnd] == u'>'))
            continue;
        const std::optional<TagInfo> info = tagInfo(asciiLower(rest.sliced(nameStart, nameEnd - nameStart)));
        if (!info)
            continue;
        kind.html = true;
        if (info->kind == TagKind::Heading || info->kind == TagKind::Block || info->kind == TagKind::Cell
            || (info->kind == TagKind::Allowed && isBlock(info->element))) {
            kind.structured = true;
            return kind;
        }
    }
    return kind;
}

struct Tag
{
    QString name; // ASCII lower case
    bool closing = false;
    bool selfClosing = false;
    bool complete = false; // false when the input ended inside the tag: it is dropped then
    qsizetype end = 0;
    std::optional<QString> href; // entities decoded
    QString alt;
};

// Reads the tag at text[at] ('<' then a letter, or '</' then a letter), attributes and quotes
// included, the way browsers do: an unterminated quote or tag runs to the end of the input.
Tag readTag(QStringView text, qsizetype at)
{
    Tag tag;
    const qsizetype size = text.size();
    qsizetype i = at + 1;
    if (text[i] == u'/') {
        tag.closing = true;
        ++i;
    }
    const qsizetype nameStart = i;
    while (i < size && !isHtmlSpace(text[i]) && text[i] != u'/' && text[i] != u'>')
        ++i;
    tag.name = asciiLower(text.sliced(nameStart, i - nameStart));
    while (i < size) {
        const QChar c = text[i];
        if (c == u'>') {
            tag.complete = true;
            tag.end = i + 1;
            return tag;
        }
        if (isHtmlSpace(c) || c == u'/') {
            tag.selfClosing = c == u'/' && i + 1 < size && text[i + 1] == u'>';
            ++i;
            continue;
        }
        const qsizetype nameBegin = i++; // a first '=' belongs to the name
        while (i < size && !isHtmlSpace(text[i]) && text[i] != u'/' && text[i] != u'>' && text[i] != u'=')
            ++i;
        const QStringView name = text.sliced(nameBegin, i - nameBegin);
        while (i < size && isHtmlSpace(text[i]))
            ++i;
        QStringView value;
        if (i < size && text[i] == u'=') {
            ++i;
            while (i < size && isHtmlSpace(text[i]))
                ++i;
            if (i < size && (text[i] == u'"' || text[i] == u'\'')) {
                const qsizetype quote = text.indexOf(text[i], i + 1);
                if (quote < 0)
                    break;
                value = text.sliced(i + 1, quote - i - 1);
                i = quote + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < size && !isHtmlSpace(text[i]) && text[i] != u'>')
                    ++i;
                value = text.sliced(valueStart, i - valueStart);
            }
        }
        if (!tag.href && name.compare(u"href", Qt::CaseInsensitive) == 0)
            tag.href = decodeEntities(value);
        else if (tag.alt.isEmpty() && name.compare(u"alt", Qt::CaseInsensitive) == 0)
            tag.alt = decodeEntities(value.first(std::min<qsizetype>(value.size(), 200)));
    }
    tag.end = size;
    return tag;
}

// Walks the tags and text runs of HTML; allowed tags reach the writer, every other one is dropped.
class HtmlConverter
{
public:
    HtmlConverter(QStringView text, RichTextWriter &writer, bool markdownInText)
        : m_text(text)
        , m_writer(writer)
        , m_markdownInText(markdownInText)
    { }

    void run()
    {
        const qsizetype size = m_text.size();
        qsizetype textStart = 0;
        qsizetype at = m_text.indexOf(u'<');
        while (at >= 0) {
            const QStringView rest = m_text.sliced(at);
            const QChar next = rest.size() > 1 ? rest[1] : QChar();
            const QChar third = rest.size() > 2 ? rest[2] : QChar();
            qsizetype end = -1;
            if (isAsciiLetter(next) || (next == u'/' && isAsciiLetter(third))) {
                writeText(m_text.sliced(textStart, at - textStart));
                const Tag tag = readTag(m_text, at);
                end = !tag.complete ? size : tag.closing ? endTag(tag) : startTag(tag);
            } else if (next == u'!' || next == u'?' || next == u'/') {
                writeText(m_text.sliced(textStart, at - textStart));
                end = skipDeclaration(at);
            }
            if (end >= 0)
                textStart = end;
            at = m_text.indexOf(u'<', std::max(end, at + 1));
        }
        writeText(m_text.sliced(std::min(textStart, size)));
    }

private:
    // Comments, CDATA, doctypes, processing instructions and "</>": all dropped.
    qsizetype skipDeclaration(qsizetype at) const
    {
        const QStringView rest = m_text.sliced(at);
        qsizetype end = -1;
        if (rest.startsWith(u"<!--")) {
            if (rest.sliced(4).startsWith(u'>') || rest.sliced(4).startsWith(u"->")) // <!--> and <!--->
                return at + rest.indexOf(u'>') + 1;
            end = rest.indexOf(u"-->", 4);
            return end < 0 ? m_text.size() : at + end + 3;
        }
        if (rest.startsWith(u"<![CDATA[")) {
            end = rest.indexOf(u"]]>", 9);
            return end < 0 ? m_text.size() : at + end + 3;
        }
        end = rest.indexOf(u'>', 2);
        return end < 0 ? m_text.size() : at + end + 1;
    }

    qsizetype startTag(const Tag &tag)
    {
        const std::optional<TagInfo> info = tagInfo(tag.name);
        switch (info ? info->kind : TagKind::Ignored) {
        case TagKind::Allowed:
            openAllowed(info->element, tag);
            break;
        case TagKind::LineBreak:
            m_writer.lineBreak();
            break;
        case TagKind::Heading:
            m_writer.blockBreak();
            m_writer.open(Element::B, tag.name);
            break;
        case TagKind::DropsContent:
            if (tag.selfClosing && (tag.name == u"svg" || tag.name == u"math"))
                break; // foreign elements can be empty; the others ignore the slash
            return skipContent(tag.name, tag.end);
        case TagKind::Void:
            if (!tag.alt.trimmed().isEmpty()) {
                m_writer.space();
                m_writer.text(tag.alt);
                m_writer.space();
            }
            break;
        case TagKind::Block:
            m_writer.blockBreak();
            break;
        case TagKind::Cell:
            m_writer.space();
            break;
        case TagKind::Ignored:
            break;
        }
        return tag.end;
    }

    void openAllowed(Element element, const Tag &tag)
    {
        const auto isList = [](Element open, const QString &) {
            return open == Element::Ul || open == Element::Ol || open == Element::Li;
        };
        switch (element) {
        case Element::A: {
            closeSource(u"a"); // a link in a link ends the first one, as in browsers
            const QUrl url = tag.href ? safeLinkTarget(*tag.href) : QUrl();
            if (url.isValid()) // otherwise only its text is kept
                m_writer.open(Element::A, tag.name, url);
            return;
        }
        case Element::Li: {
            const qsizetype previous = m_writer.innermost(isList);
            if (previous >= 0 && m_writer.elementAt(previous) == Element::Li)
                m_writer.closeDownTo(previous);
            if (m_writer.innermost(isList) < 0 || !m_writer.open(Element::Li, tag.name))
                m_writer.blockBreak(); // an item outside a list is a line of its own
            return;
        }
        case Element::P:
        case Element::Ul:
        case Element::Ol:
        case Element::Pre: {
            const qsizetype block =
                m_writer.innermost([](Element open, const QString &) { return isBlock(open); });
            if (block >= 0 && m_writer.elementAt(block) == Element::P) // blocks end an open paragraph
                m_writer.closeDownTo(block);
            if (!m_writer.open(element, tag.name))
                m_writer.blockBreak();
            return;
        }
        default:
            m_writer.open(element, tag.name);
        }
    }

    qsizetype endTag(const Tag &tag)
    {
        const std::optional<TagInfo> info = tagInfo(tag.name);
        switch (info ? info->kind : TagKind::Ignored) {
        case TagKind::Allowed:
            // A stray end tag is ignored; a mis-nested one closes everything opened after its match.
            if (!closeSource(tag.name) && isBlock(info->element))
                m_writer.blockBreak();
            break;
        case TagKind::LineBreak: // </br> is a <br> in browsers
            m_writer.lineBreak();
            break;
        case TagKind::Heading: {
            const qsizetype heading = m_writer.innermost([](Element, const QString &source) {
                return source.size() == 2 && source.front() == u'h' && source.back() >= u'1'
                    && source.back() <= u'6';
            });
            if (heading >= 0)
                m_writer.closeDownTo(heading);
            m_writer.blockBreak();
            break;
        }
        case TagKind::Block:
            m_writer.blockBreak();
            break;
        case TagKind::Cell:
            m_writer.space();
            break;
        case TagKind::DropsContent:
        case TagKind::Void:
        case TagKind::Ignored:
            break;
        }
        return tag.end;
    }

    bool closeSource(QStringView name)
    {
        const qsizetype index =
            m_writer.innermost([name](Element, const QString &source) { return source == name; });
        if (index >= 0)
            m_writer.closeDownTo(index);
        return index >= 0;
    }

    // Skips to after </name> (case-insensitive), or to the end of the input when it never comes.
    qsizetype skipContent(const QString &name, qsizetype from) const
    {
        const QString closer = QStringLiteral("</") + name;
        for (qsizetype at = m_text.indexOf(closer, from, Qt::CaseInsensitive); at >= 0;
             at = m_text.indexOf(closer, at + 2, Qt::CaseInsensitive)) {
            const qsizetype after = at + closer.size();
            if (after >= m_text.size() || isHtmlSpace(m_text[after]) || m_text[after] == u'/'
                || m_text[after] == u'>')
                return readTag(m_text, at).end;
        }
        return m_text.size();
    }

    void writeText(QStringView raw)
    {
        if (raw.isEmpty())
            return;
        if (m_markdownInText && !m_writer.isInside(Element::Pre) && !m_writer.isInside(Element::Code))
            writeMarkdownInline(m_writer, raw,
                                m_writer.isInside(Element::A) ? InlineLinks::Unlinked : InlineLinks::Linked);
        else
            m_writer.text(decodeEntities(raw));
    }

    QStringView m_text;
    RichTextWriter &m_writer;
    // HTML without block markup of its own (Statuspage's "text<br />text") is Markdown at heart:
    // its newlines are breaks and its **bold** is bold.
    bool m_markdownInText = false;
};

QString withUnixNewlines(QStringView text)
{
    QString out = text.toString();
    out.replace(QLatin1StringView("\r\n"), QLatin1StringView("\n"));
    out.replace(u'\r', u'\n');
    return out;
}

} // namespace

QUrl safeLinkTarget(QStringView href)
{
    // URL parsers strip spaces and controls at both ends, so this check must too; inside, any of
    // them is refused, since that is how "java\nscript:" and friends hide their scheme.
    const auto isBlank = [](QChar c) {
        return c.unicode() <= 0x20 || c.isSpace();
    };
    while (!href.isEmpty() && isBlank(href.front()))
        href = href.sliced(1);
    while (!href.isEmpty() && isBlank(href.back()))
        href.chop(1);
    if (href.isEmpty() || href.size() > maximumUrlLength || !startsWithHttp(href))
        return QUrl();
    for (const QChar c : href) {
        if (isBlank(c) || isControl(c.unicode()))
            return QUrl();
    }
    const QUrl url(href.toString());
    return isOpenableLink(url) ? url : QUrl();
}

bool isOpenableLink(const QUrl &url)
{
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == u"http" || scheme == u"https") && !url.host().isEmpty();
}

QString sanitizedHtml(QStringView providerText)
{
    const bool truncated = providerText.size() > sanitizedInputLimit;
    QStringView input = providerText.first(std::min(providerText.size(), sanitizedInputLimit));
    if (truncated && !input.isEmpty() && input.back().isHighSurrogate())
        input.chop(1);
    const QString text = withUnixNewlines(input);

    RichTextWriter writer;
    const MarkupKind kind = detectMarkup(text);
    if (kind.html)
        HtmlConverter(text, writer, !kind.structured).run();
    else
        writeMarkdown(writer, text);
    if (truncated) {
        writer.space();
        writer.text(u"…");
    }
    return writer.finish();
}

} // namespace radar
