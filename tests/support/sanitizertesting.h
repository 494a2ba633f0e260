// SPDX-License-Identifier: GPL-3.0-or-later
// The sanitiser's promise, checked on any output: shared by its conversion and its limit tests.
#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace sanitizertesting {

// Why `html` breaks the sanitiser's promise, or an empty string: every tag is on the allowlist,
// the only attribute is an http(s) href on an a, no < or > stands outside a tag, and the tags
// balance.
inline QString promiseBroken(const QString &html)
{
    static const QStringList allowed {"p",  "br", "b",  "strong", "i",    "em",
                                      "ul", "ol", "li", "a",      "code", "pre"};
    static const QRegularExpression tag(QString::fromUtf8(R"html(<\s*(/?)\s*([a-zA-Z0-9]+)([^>]*)>)html"));
    static const QRegularExpression href(QString::fromUtf8(R"html(^ href="https?://[^"\s<>]+"$)html"));
    QStringList open;
    qsizetype textFrom = 0;
    for (QRegularExpressionMatchIterator it = tag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QStringView text = QStringView(html).sliced(textFrom, match.capturedStart() - textFrom);
        if (text.contains(u'<') || text.contains(u'>'))
            return QStringLiteral("markup character in text: ") + text.toString();
        textFrom = match.capturedEnd();
        const bool closing = !match.captured(1).isEmpty();
        const QString name = match.captured(2);
        const QString attributes = match.captured(3);
        if (!allowed.contains(name))
            return QStringLiteral("tag not allowed: ") + name;
        if (!attributes.isEmpty() && (closing || name != u"a" || !href.match(attributes).hasMatch()))
            return QStringLiteral("attribute not allowed: ") + match.captured(0);
        if (name == u"br")
            continue;
        if (!closing)
            open.append(name);
        else if (open.isEmpty() || open.takeLast() != name)
            return QStringLiteral("unbalanced: ") + match.captured(0);
    }
    if (QStringView(html).sliced(textFrom).contains(u'<')
        || QStringView(html).sliced(textFrom).contains(u'>'))
        return QStringLiteral("markup character in trailing text");
    if (!open.isEmpty())
        return QStringLiteral("left open: ") + open.join(u',');
    return QString();
}

} // namespace sanitizertesting
