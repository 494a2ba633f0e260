// SPDX-License-Identifier: GPL-3.0-or-later
#include "richtextwriter.h"

#include <algorithm>
#include <array>

namespace radar::richtext {

namespace {

// Deeper allowed elements are dropped (their text kept): nothing lays out usefully that deep, and
// the cap keeps every walk over the open elements constant-sized.
constexpr qsizetype maximumDepth = 16;
// More consecutive line breaks than this only make empty space.
constexpr int maximumBreaks = 2;

struct NamedEntity
{
    const char *name;
    char16_t character;
};

// The references provider texts use; anything else stays literal text.
constexpr NamedEntity namedEntities[] = {
    {"amp", u'&'},      {"lt", u'<'},       {"gt", u'>'},       {"quot", u'"'},     {"apos", u'\''},
    {"AMP", u'&'},      {"LT", u'<'},       {"GT", u'>'},       {"QUOT", u'"'},     {"nbsp", 0x00a0},
    {"ensp", 0x2002},   {"emsp", 0x2003},   {"thinsp", 0x2009}, {"ndash", 0x2013},  {"mdash", 0x2014},
    {"hellip", 0x2026}, {"lsquo", 0x2018},  {"rsquo", 0x2019},  {"sbquo", 0x201a},  {"ldquo", 0x201c},
    {"rdquo", 0x201d},  {"bdquo", 0x201e},  {"laquo", 0x00ab},  {"raquo", 0x00bb},  {"lsaquo", 0x2039},
    {"rsaquo", 0x203a}, {"bull", 0x2022},   {"middot", 0x00b7}, {"copy", 0x00a9},   {"reg", 0x00ae},
    {"trade", 0x2122},  {"deg", 0x00b0},    {"plusmn", 0x00b1}, {"times", 0x00d7},  {"divide", 0x00f7},
    {"minus", 0x2212},  {"le", 0x2264},     {"ge", 0x2265},     {"ne", 0x2260},     {"euro", 0x20ac},
    {"pound", 0x00a3},  {"yen", 0x00a5},    {"cent", 0x00a2},   {"sect", 0x00a7},   {"para", 0x00b6},
    {"micro", 0x00b5},  {"shy", 0x00ad},    {"zwnj", 0x200c},   {"zwj", 0x200d},    {"larr", 0x2190},
    {"rarr", 0x2192},   {"uarr", 0x2191},   {"darr", 0x2193},   {"harr", 0x2194},   {"rArr", 0x21d2},
    {"auml", 0x00e4},   {"ouml", 0x00f6},   {"uuml", 0x00fc},   {"Auml", 0x00c4},   {"Ouml", 0x00d6},
    {"Uuml", 0x00dc},   {"szlig", 0x00df},  {"eacute", 0x00e9}, {"egrave", 0x00e8}, {"agrave", 0x00e0},
    {"aacute", 0x00e1}, {"ccedil", 0x00e7}, {"ntilde", 0x00f1}, {"oacute", 0x00f3}, {"iacute", 0x00ed},
    {"uacute", 0x00fa}, {"Eacute", 0x00c9}, {"iexcl", 0x00a1},  {"iquest", 0x00bf}, {"frac12", 0x00bd},
};

// Browsers read &#128; to &#159; as windows-1252, and old feeds rely on it for quotes and dashes.
constexpr std::array<char16_t, 32> windows1252 {
    0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd, 0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
    0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178};

void appendCodePoint(QString &out, char32_t value)
{
    if (value == 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
        out.append(QChar(0xfffd));
    } else if (value >= 0x80 && value <= 0x9f) {
        out.append(QChar(windows1252[value - 0x80]));
    } else if (value < 0x10000) {
        out.append(QChar(char16_t(value)));
    } else {
        out.append(QChar(QChar::highSurrogate(value)));
        out.append(QChar(QChar::lowSurrogate(value)));
    }
}

int digitValue(QChar c, bool hex)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (hex && c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (hex && c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

// Appends the character reference starting at text[at] (an '&') and returns its length, or 0 when
// there is none (the '&' is then literal, as is every unknown or malformed reference).
qsizetype appendEntity(QStringView text, qsizetype at, QString &out)
{
    const qsizetype size = text.size();
    qsizetype i = at + 1;
    if (i < size && text[i] == u'#') {
        ++i;
        const bool hex = i < size && (text[i] == u'x' || text[i] == u'X');
        if (hex)
            ++i;
        const qsizetype digitsStart = i;
        char32_t value = 0;
        for (int digit = 0; i < size && (digit = digitValue(text[i], hex)) >= 0; ++i) {
            if (value <= 0x10ffff) // past that it is invalid anyway; stop before it overflows
                value = value * (hex ? 16 : 10) + char32_t(digit);
        }
        if (i == digitsStart)
            return 0;
        if (i < size && text[i] == u';')
            ++i;
        appendCodePoint(out, value);
        return i - at;
    }
    const qsizetype nameStart = i;
    i += asciiAlphanumericLength(text, i, 16);
    if (i == nameStart || i >= size || text[i] != u';')
        return 0;
    const QStringView name = text.sliced(nameStart, i - nameStart);
    for (const NamedEntity &entity : namedEntities) {
        if (name == QLatin1StringView(entity.name)) {
            out.append(QChar(entity.character));
            return i + 1 - at;
        }
    }
    return 0;
}

} // namespace

QLatin1StringView elementName(Element element)
{
    static constexpr std::array<QLatin1StringView, 11> names {
        QLatin1StringView("p"),    QLatin1StringView("b"),  QLatin1StringView("strong"),
        QLatin1StringView("i"),    QLatin1StringView("em"), QLatin1StringView("ul"),
        QLatin1StringView("ol"),   QLatin1StringView("li"), QLatin1StringView("a"),
        QLatin1StringView("code"), QLatin1StringView("pre")};
    return names[size_t(element)];
}

bool isBlock(Element element)
{
    return element == Element::P || element == Element::Ul || element == Element::Ol || element == Element::Li
        || element == Element::Pre;
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\f' || c == u'\r';
}

bool isControl(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n') || (c >= 0x7f && c <= 0x9f);
}

bool isAsciiPunctuation(QChar c)
{
    return c.unicode() < 0x80 && (c.isPunct() || c.isSymbol());
}

bool startsWithHttp(QStringView text)
{
    return text.startsWith(u"http://", Qt::CaseInsensitive)
        || text.startsWith(u"https://", Qt::CaseInsensitive);
}

qsizetype runLength(QStringView text, qsizetype at, QChar c)
{
    qsizetype end = at;
    while (end < text.size() && text[end] == c)
        ++end;
    return end - at;
}

qsizetype asciiAlphanumericLength(QStringView text, qsizetype at, qsizetype maximum)
{
    qsizetype end = at;
    while (end < text.size() && end - at < maximum && text[end].unicode() < 0x80
           && text[end].isLetterOrNumber())
        ++end;
    return end - at;
}

QString decodeEntities(QStringView text)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype amp = text.indexOf(u'&', i);
        if (amp < 0) {
            out.append(text.sliced(i));
            break;
        }
        out.append(text.sliced(i, amp - i));
        const qsizetype length = appendEntity(text, amp, out);
        if (length == 0)
            out.append(u'&');
        i = amp + std::max<qsizetype>(length, 1);
    }
    return out;
}

bool RichTextWriter::open(Element element, QStringView source, const QUrl &link)
{
    if (m_stack.size() >= maximumDepth)
        return false;
    if (isBlock(element))
        startLine();
    m_stack.append({element, source.toString(), link});
    return true;
}

void RichTextWriter::closeDownTo(qsizetype depth)
{
    while (m_stack.size() > std::max<qsizetype>(depth, 0)) {
        const OpenElement top = m_stack.takeLast();
        if (m_stack.size() < m_written) {
            m_html += u"</";
            m_html += elementName(top.element);
            m_html += u'>';
            m_written = m_stack.size();
        }
        if (isBlock(top.element))
            startLine();
    }
}

void RichTextWriter::textIn(Element element, QStringView text, const QUrl &link)
{
    const qsizetype before = depth();
    open(element, {}, link);
    this->text(text);
    closeDownTo(before);
}

bool RichTextWriter::isInside(Element element) const
{
    return innermost([element](Element open, const QString &) { return open == element; }) >= 0;
}

void RichTextWriter::text(QStringView text)
{
    const bool verbatim = isInside(Element::Pre);
    for (const QChar c : text) {
        if (!verbatim && isHtmlSpace(c)) {
            m_pendingSpace = m_lineHasContent;
            continue;
        }
        if (isControl(c.unicode()))
            continue;
        writePending();
        switch (c.unicode()) {
        case u'&':
            m_html += QLatin1StringView("&amp;");
            break;
        case u'<':
            m_html += QLatin1StringView("&lt;");
            break;
        case u'>':
            m_html += QLatin1StringView("&gt;");
            break;
        case u'"':
            m_html += QLatin1StringView("&quot;");
            break;
        default:
            m_html += c;
        }
        m_lineHasContent = true;
        m_absorbNewline = false;
    }
}

void RichTextWriter::lineBreak()
{
    addBreak();
    m_absorbNewline = true;
}

void RichTextWriter::newline()
{
    if (m_absorbNewline)
        m_absorbNewline = false;
    else
        addBreak();
}

void RichTextWriter::blockBreak()
{
    if (m_lineHasContent)
        m_pendingBreaks = std::max(m_pendingBreaks, 1);
}

QString RichTextWriter::finish()
{
    closeDownTo(0);
    return m_html;
}

void RichTextWriter::addBreak()
{
    if (m_lineHasContent)
        m_pendingBreaks = std::min(m_pendingBreaks + 1, maximumBreaks);
}

void RichTextWriter::startLine()
{
    m_pendingBreaks = 0;
    m_pendingSpace = false;
    m_lineHasContent = false;
    m_absorbNewline = false;
}

void RichTextWriter::writePending()
{
    if (m_lineHasContent && m_pendingBreaks > 0) {
        for (int i = 0; i < m_pendingBreaks; ++i)
            m_html += QLatin1StringView("<br>");
    } else if (m_lineHasContent && m_pendingSpace) {
        m_html += u' ';
    }
    m_pendingBreaks = 0;
    m_pendingSpace = false;
    for (; m_written < m_stack.size(); ++m_written) {
        const OpenElement &open = m_stack.at(m_written);
        m_html += u'<';
        m_html += elementName(open.element);
        if (open.element == Element::A) {
            // FullyEncoded leaves only URL characters; of those, & still needs escaping.
            QString href = open.link.toString(QUrl::FullyEncoded);
            href.replace(u'&', QLatin1StringView("&amp;")).replace(u'"', QLatin1StringView("&quot;"));
            m_html += u" href=\"";
            m_html += href;
            m_html += u'"';
        }
        m_html += u'>';
    }
}

} // namespace radar::richtext
