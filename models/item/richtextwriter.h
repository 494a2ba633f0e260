// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QUrl>

// Internal to sanitizedHtml(): what its HTML and Markdown front ends share.
namespace radar::richtext {

/// The elements sanitizedHtml() may emit; every other tag is dropped.
enum class Element : quint8 { P, B, Strong, I, Em, Ul, Ol, Li, A, Code, Pre };

QLatin1StringView elementName(Element element);
bool isBlock(Element element);

bool isAsciiLetter(QChar c);
bool isHtmlSpace(QChar c);
/// Never shown: C0 controls but tab and newline, DEL and the C1 controls.
bool isControl(char16_t c);
bool isAsciiPunctuation(QChar c);
bool startsWithHttp(QStringView text);
/// How many times `c` repeats from text[at] on.
qsizetype runLength(QStringView text, qsizetype at, QChar c);
/// How many ASCII letters and digits follow text[at], counting up to `maximum`.
qsizetype asciiAlphanumericLength(QStringView text, qsizetype at, qsizetype maximum);

/// `text` with its character references decoded the way browsers read them; unknown or malformed
/// references stay literal text.
QString decodeEntities(QStringView text);

/// The only place that emits markup: escapes all text, writes an element only once text lands in
/// it (so empty ones never appear), caps nesting and collapses whitespace and line breaks.
class RichTextWriter
{
public:
    /// Opens nothing and returns false past the maximum depth. `source` is the input's tag name, so
    /// its end tag can find the element again (empty for Markdown's own elements).
    bool open(Element element, QStringView source = {}, const QUrl &link = QUrl());
    void closeDownTo(qsizetype depth);
    /// `text` inside `element`, which is closed again after it.
    void textIn(Element element, QStringView text, const QUrl &link = QUrl());

    qsizetype depth() const { return m_stack.size(); }
    Element elementAt(qsizetype index) const { return m_stack.at(index).element; }

    /// The index of the innermost open element for which matches(element, source) holds, or -1.
    template<typename Predicate>
    qsizetype innermost(Predicate matches) const
    {
        for (qsizetype index = m_stack.size() - 1; index >= 0; --index) {
            if (matches(m_stack.at(index).element, m_stack.at(index).source))
                return index;
        }
        return -1;
    }

    bool isInside(Element element) const;

    /// Text, escaped; whitespace collapses as in a browser except inside pre.
    void text(QStringView text);
    /// An explicit <br>. Breaks are written only once text follows them on the same block, so
    /// none dangles at the start or the end of a block.
    void lineBreak();
    /// A newline in text that means a break; the first one right after a <br> repeats it.
    void newline();
    /// Where a dropped block element (div, tr, h1, ...) began or ended: words must not glue.
    void blockBreak();
    void space() { m_pendingSpace = m_lineHasContent; }

    QString finish();

private:
    struct OpenElement
    {
        Element element;
        QString source;
        QUrl link;
    };

    void addBreak();
    void startLine();
    void writePending();

    QString m_html;
    QList<OpenElement> m_stack;
    qsizetype m_written = 0; // how many of m_stack's elements have their start tag written
    int m_pendingBreaks = 0;
    bool m_pendingSpace = false;
    bool m_lineHasContent = false;
    bool m_absorbNewline = false;
};

} // namespace radar::richtext
