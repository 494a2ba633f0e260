// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowntext.h"

#include "htmlsanitizer.h"
#include "richtextwriter.h"

#include <QList>
#include <QStringTokenizer>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace radar::richtext {

namespace {

// Code spans opened by longer backtick runs are left as text.
constexpr qsizetype maximumCodeFence = 16;

struct InlineToken
{
    enum Kind : quint8 { Text, Literal, Code, Link, BareUrl, Delimiter };
    Kind kind = Text;
    qsizetype start = 0; // Link: the label; BareUrl: the URL as written; Code: the content
    qsizetype length = 0;
    QUrl url; // Link, BareUrl: the target; empty when it is not one that may be linked
    bool canOpen = false;
    bool canClose = false;
    qsizetype partner = -1; // Delimiter: the matching one
    qsizetype depthBefore = -1; // Delimiter opened in the writer: its depth before
};

InlineToken inlineToken(InlineToken::Kind kind, qsizetype start, qsizetype length, const QUrl &url = QUrl())
{
    InlineToken token;
    token.kind = kind;
    token.start = start;
    token.length = length;
    token.url = url;
    return token;
}

void writeTextWithBreaks(RichTextWriter &writer, QStringView text)
{
    bool first = true;
    for (const QStringView line : text.tokenize(u'\n')) {
        if (!first)
            writer.newline();
        writer.text(line);
        first = false;
    }
}

// The end of the backtick run of `length` that closes a code span opening before `from`, or -1.
// A failed search is remembered per length: later spans of that length cannot close either.
qsizetype codeSpanCloser(QStringView text, qsizetype from, qsizetype length,
                         std::array<qsizetype, maximumCodeFence + 1> &noCloserFrom)
{
    if (length > maximumCodeFence || from >= noCloserFrom[size_t(length)])
        return -1;
    for (qsizetype i = from; i < text.size();) {
        const qsizetype run = runLength(text, i, u'`');
        if (run == length)
            return i;
        i += std::max<qsizetype>(run, 1);
    }
    noCloserFrom[size_t(length)] = from;
    return -1;
}

// [label](url): the token and where it ends, or nothing. Stops at the first character a link
// cannot hold, so failed attempts never rescan each other's text.
std::optional<std::pair<InlineToken, qsizetype>> markdownLink(QStringView text, qsizetype at)
{
    qsizetype close = at + 1;
    while (close < text.size() && text[close] != u']' && text[close] != u'[')
        ++close;
    if (close + 1 >= text.size() || text[close] != u']' || text[close + 1] != u'(')
        return std::nullopt;
    qsizetype end = close + 2;
    int parentheses = 0;
    for (; end < text.size(); ++end) {
        const QChar c = text[end];
        if (c == u')' && parentheses == 0)
            break;
        if (c == u'(')
            ++parentheses;
        else if (c == u')')
            --parentheses;
        else if (c.isSpace() || c == u'<' || c == u'>' || c == u'"' || c == u'[' || c == u']')
            return std::nullopt;
    }
    if (end >= text.size())
        return std::nullopt;
    InlineToken token;
    token.kind = InlineToken::Link;
    token.start = at + 1;
    token.length = close - at - 1;
    token.url = safeLinkTarget(decodeEntities(text.sliced(close + 2, end - close - 2)));
    return std::make_pair(token, end + 1);
}

// Where a bare URL starting at `at` ends: sentence punctuation after it is not part of it.
qsizetype bareUrlEnd(QStringView text, qsizetype at)
{
    qsizetype end = at;
    qsizetype opened = 0;
    qsizetype closed = 0;
    for (; end < text.size(); ++end) {
        const QChar c = text[end];
        if (c.isSpace() || c == u'<' || c == u'>' || c == u'"' || c == u'`')
            break;
        opened += c == u'(' ? 1 : 0;
        closed += c == u')' ? 1 : 0;
    }
    static constexpr QStringView trailing = u".,;:!?'*_]";
    while (end > at) {
        const QChar last = text[end - 1];
        if (trailing.contains(last)) {
            --end;
        } else if (last == u')' && closed > opened) {
            --end;
            --closed;
        } else {
            break;
        }
    }
    return end;
}

QList<InlineToken> inlineTokens(QStringView text, InlineLinks links)
{
    QList<InlineToken> tokens;
    std::array<qsizetype, maximumCodeFence + 1> noCloserFrom;
    noCloserFrom.fill(text.size() + 1);
    qsizetype textStart = 0;
    const auto flushText = [&](qsizetype end) {
        if (end > textStart)
            tokens.append(inlineToken(InlineToken::Text, textStart, end - textStart));
    };
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c == u'\\' && i + 1 < text.size() && isAsciiPunctuation(text[i + 1])) {
            flushText(i);
            tokens.append(inlineToken(InlineToken::Literal, i + 1, 1));
            i += 2;
            textStart = i;
        } else if (c == u'`') {
            const qsizetype run = runLength(text, i, c);
            const qsizetype closer = codeSpanCloser(text, i + run, run, noCloserFrom);
            if (closer >= 0) {
                flushText(i);
                tokens.append(inlineToken(InlineToken::Code, i + run, closer - i - run));
                textStart = closer + run;
            }
            i = closer >= 0 ? closer + run : i + run;
        } else if (links == InlineLinks::Linked && c == u'[') {
            const auto link = markdownLink(text, i);
            if (link) {
                flushText(i);
                tokens.append(link->first);
                textStart = link->second;
            }
            i = link ? link->second : i + 1;
        } else if (links == InlineLinks::Linked && (c == u'h' || c == u'H')
                   && (i == 0 || !text[i - 1].isLetterOrNumber()) && startsWithHttp(text.sliced(i))) {
            const qsizetype end = bareUrlEnd(text, i);
            const QUrl url = safeLinkTarget(decodeEntities(text.sliced(i, end - i)));
            if (url.isValid()) {
                flushText(i);
                tokens.append(inlineToken(InlineToken::BareUrl, i, end - i, url));
                textStart = end;
            }
            i = std::max(end, i + 1); // a failed URL stays text as a whole: no rescanning it
        } else if (c == u'*' || c == u'_') {
            const qsizetype run = runLength(text, i, c);
            const QChar before = i > 0 ? text[i - 1] : QChar(u' ');
            const QChar after = i + run < text.size() ? text[i + run] : QChar(u' ');
            InlineToken token = inlineToken(InlineToken::Delimiter, i, run);
            token.canOpen = !after.isSpace();
            token.canClose = !before.isSpace();
            if (c == u'_') { // no emphasis inside words: snake_case_ids stay as they are
                token.canOpen = token.canOpen && !before.isLetterOrNumber();
                token.canClose = token.canClose && !after.isLetterOrNumber();
            }
            if (run <= 2 && (token.canOpen || token.canClose)) {
                flushText(i);
                tokens.append(token);
                textStart = i + run;
            }
            i += run;
        } else {
            ++i;
        }
    }
    flushText(text.size());
    return tokens;
}

// Pairs openers with closers of the same character and length. Openers between a pair are
// dropped, so pairs always nest and the markup written from them is well-formed.
void matchDelimiters(QStringView text, QList<InlineToken> &tokens)
{
    std::array<QList<qsizetype>, 4> openers; // *, **, _, __
    for (qsizetype index = 0; index < tokens.size(); ++index) {
        InlineToken &token = tokens[index];
        if (token.kind != InlineToken::Delimiter)
            continue;
        QList<qsizetype> &stack =
            openers[size_t((text[token.start] == u'_' ? 2 : 0) + (token.length == 2 ? 1 : 0))];
        if (token.canClose && !stack.isEmpty()) {
            const qsizetype opener = stack.takeLast();
            for (QList<qsizetype> &other : openers) {
                while (!other.isEmpty() && other.last() > opener)
                    other.removeLast();
            }
            tokens[opener].partner = index;
            token.partner = opener;
        } else if (token.canOpen) {
            stack.append(index);
        }
    }
}

// Reads Markdown line by line into blocks; each block's text goes through writeMarkdownInline().
class MarkdownConverter
{
public:
    explicit MarkdownConverter(RichTextWriter &writer)
        : m_writer(writer)
    { }

    void run(QStringView text)
    {
        for (const QStringView line : text.tokenize(u'\n'))
            readLine(line);
        if (!m_fence.isNull())
            writeCode();
        flushAll();
    }

private:
    enum class List : quint8 { None, Bullets, Numbers };

    void readLine(QStringView line)
    {
        const QStringView trimmed = line.trimmed();
        if (!m_fence.isNull()) {
            if (!trimmed.isEmpty() && trimmed.front() == m_fence
                && runLength(trimmed, 0, m_fence) == trimmed.size() && trimmed.size() >= m_fenceLength) {
                writeCode();
            } else {
                if (m_codeLines++ > 0)
                    m_code += u'\n';
                m_code += line;
            }
            return;
        }
        if (trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~")) {
            flushAll();
            m_fence = trimmed.front();
            m_fenceLength = runLength(trimmed, 0, m_fence);
            return;
        }
        if (trimmed.isEmpty()) {
            flushParagraph();
            m_blankInList = m_list != List::None;
            return;
        }
        const qsizetype hashes = runLength(trimmed, 0, u'#');
        if (hashes >= 1 && hashes <= 6 && (hashes == trimmed.size() || trimmed[hashes].isSpace())) {
            flushAll();
            QStringView title = trimmed.sliced(hashes).trimmed();
            while (title.endsWith(u'#')) // a closing sequence of #s is decoration
                title.chop(1);
            const qsizetype depth = m_writer.depth();
            m_writer.open(Element::P);
            writeBlock(Element::B, title.trimmed());
            m_writer.closeDownTo(depth);
            return;
        }
        if (isThematicBreak(trimmed)) {
            flushAll();
            return;
        }
        QStringView item;
        if (const List kind = listItem(trimmed, item); kind != List::None) {
            flushParagraph();
            if (m_list != kind) {
                closeList();
                m_listDepth = m_writer.depth();
                m_writer.open(kind == List::Numbers ? Element::Ol : Element::Ul);
                m_list = kind;
            }
            flushItem();
            m_item = item.toString();
            m_hasItem = true;
            m_blankInList = false;
            return;
        }
        if (m_list != List::None) {
            const bool indented = line.startsWith(u"  ") || line.startsWith(u'\t');
            if (!m_blankInList || indented) { // a continuation of the item
                m_item += m_blankInList ? u"\n\n" : u"\n";
                m_item += trimmed;
                m_blankInList = false;
                return;
            }
            closeList();
        }
        if (!m_paragraph.isEmpty())
            m_paragraph += u'\n';
        m_paragraph += trimmed;
    }

    static bool isThematicBreak(QStringView line)
    {
        const QChar mark = line.front();
        if (mark != u'-' && mark != u'*' && mark != u'_')
            return false;
        qsizetype marks = 0;
        for (const QChar c : line) {
            if (c == mark)
                ++marks;
            else if (!c.isSpace())
                return false;
        }
        return marks >= 3;
    }

    static List listItem(QStringView line, QStringView &content)
    {
        qsizetype markerEnd = 0;
        List kind = List::None;
        if (line.front() == u'-' || line.front() == u'*' || line.front() == u'+') {
            markerEnd = 1;
            kind = List::Bullets;
        } else {
            while (markerEnd < line.size() && markerEnd < 9 && line[markerEnd] >= u'0'
                   && line[markerEnd] <= u'9')
                ++markerEnd;
            if (markerEnd == 0 || markerEnd >= line.size()
                || (line[markerEnd] != u'.' && line[markerEnd] != u')'))
                return List::None;
            ++markerEnd;
            kind = List::Numbers;
        }
        if (markerEnd >= line.size() || !line[markerEnd].isSpace())
            return List::None;
        content = line.sliced(markerEnd).trimmed();
        return content.isEmpty() ? List::None : kind;
    }

    void writeCode()
    {
        m_writer.textIn(Element::Pre, m_code);
        m_code.clear();
        m_codeLines = 0;
        m_fence = QChar();
    }

    void flushParagraph()
    {
        if (m_paragraph.isEmpty())
            return;
        writeBlock(Element::P, m_paragraph);
        m_paragraph.clear();
    }

    void flushItem()
    {
        if (!m_hasItem)
            return;
        writeBlock(Element::Li, m_item);
        m_item.clear();
        m_hasItem = false;
    }

    void closeList()
    {
        flushItem();
        if (m_list != List::None)
            m_writer.closeDownTo(m_listDepth);
        m_list = List::None;
        m_blankInList = false;
    }

    void flushAll()
    {
        flushParagraph();
        closeList();
    }

    // `text` with its inline markup, inside `element`.
    void writeBlock(Element element, QStringView text)
    {
        const qsizetype depth = m_writer.depth();
        m_writer.open(element);
        writeMarkdownInline(m_writer, text, InlineLinks::Linked);
        m_writer.closeDownTo(depth);
    }

    RichTextWriter &m_writer;
    QString m_paragraph;
    QString m_item;
    bool m_hasItem = false;
    List m_list = List::None;
    qsizetype m_listDepth = 0;
    bool m_blankInList = false;
    QChar m_fence; // the fence character while inside a fenced code block
    qsizetype m_fenceLength = 0;
    QString m_code;
    int m_codeLines = 0;
};

} // namespace

void writeMarkdownInline(RichTextWriter &writer, QStringView text, InlineLinks links)
{
    QList<InlineToken> tokens = inlineTokens(text, links);
    matchDelimiters(text, tokens);
    for (qsizetype index = 0; index < tokens.size(); ++index) {
        InlineToken &token = tokens[index];
        const QStringView part = text.sliced(token.start, token.length);
        const qsizetype depth = writer.depth();
        switch (token.kind) {
        case InlineToken::Text:
            writeTextWithBreaks(writer, decodeEntities(part));
            break;
        case InlineToken::Literal:
            writer.text(part);
            break;
        case InlineToken::Code:
            writer.textIn(Element::Code, part);
            break;
        case InlineToken::Link:
            if (token.url.isValid())
                writer.open(Element::A, {}, token.url);
            if (part.trimmed().isEmpty())
                writer.text(token.url.toDisplayString());
            else // a label holds no brackets, so this recursion ends here
                writeMarkdownInline(writer, part, InlineLinks::Unlinked);
            writer.closeDownTo(depth);
            break;
        case InlineToken::BareUrl:
            writer.textIn(Element::A, decodeEntities(part), token.url);
            break;
        case InlineToken::Delimiter:
            if (token.partner < 0)
                writer.text(part);
            else if (token.partner > index)
                token.depthBefore = writer.open(token.length == 2 ? Element::B : Element::I) ? depth : -1;
            else if (tokens[token.partner].depthBefore >= 0)
                writer.closeDownTo(tokens[token.partner].depthBefore);
            break;
        }
    }
}

void writeMarkdown(RichTextWriter &writer, QStringView text)
{
    MarkdownConverter(writer).run(text);
}

} // namespace radar::richtext
