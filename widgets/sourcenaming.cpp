// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcenaming.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

namespace radar::sourcenaming {

namespace {

QString nameFromAddress(const QUrl &url)
{
    if (url.isLocalFile())
        return QFileInfo(url.toLocalFile()).completeBaseName();
    QStringList labels = url.host().split(u'.', Qt::SkipEmptyParts);
    static const QRegularExpression numeric(QStringLiteral("^[0-9]+$"));
    if (labels.isEmpty() || numeric.match(labels.constLast()).hasMatch())
        return url.host(); // an IP address names nothing shorter
    while (labels.size() > 2
           && (labels.constFirst() == QLatin1StringView("www")
               || labels.constFirst() == QLatin1StringView("status")))
        labels.removeFirst();
    if (labels.size() > 1)
        labels.removeLast(); // the top-level domain
    return labels.join(u'.');
}

} // namespace

QUrl urlFromText(const QString &text)
{
    if (text.startsWith(u'/'))
        return QUrl::fromLocalFile(text);
    // "mailto:x" names its scheme and stays unreadable; "localhost:8080/feed" is a host and a port.
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:(?![0-9])"));
    if (!scheme.match(text).hasMatch())
        return QUrl(QStringLiteral("https://") + text, QUrl::StrictMode);
    return QUrl(text, QUrl::StrictMode);
}

QString offeredName(const FeedPreview &preview)
{
    const QString provider = preview.providerName.trimmed();
    if (!provider.isEmpty())
        return provider;
    return nameFromAddress(preview.pasted.isEmpty() ? preview.feedUrl : preview.pasted);
}

} // namespace radar::sourcenaming
