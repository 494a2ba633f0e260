// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcenaming.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace radar::sourcenaming {

namespace {

/// Lower case, runs of anything but letters and digits as one hyphen: "Google Cloud" -> "google-cloud".
QString slug(const QString &text)
{
    QString id;
    for (const QChar c : text.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            id.append(c);
        else if (!id.isEmpty() && !id.endsWith(u'-'))
            id.append(u'-');
    }
    while (id.endsWith(u'-'))
        id.chop(1);
    return id;
}

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

bool isReadableUrl(const QUrl &url)
{
    if (!url.isValid())
        return false;
    if (url.isLocalFile())
        return !url.toLocalFile().isEmpty();
    const QString scheme = url.scheme();
    return (scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https"))
        && !url.host().isEmpty() && url.password().isEmpty();
}

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern.match(id).hasMatch();
}

QString offeredName(const FeedPreview &preview)
{
    const QString provider = preview.providerName.trimmed();
    if (!provider.isEmpty())
        return provider;
    return nameFromAddress(preview.pasted.isEmpty() ? preview.feedUrl : preview.pasted);
}

QString offeredId(const QString &name, const QStringList &existingIds)
{
    QString base = slug(name);
    if (base.isEmpty())
        base = QStringLiteral("source"); // a name in a script without Latin letters or digits
    if (!existingIds.contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + u'-' + QString::number(n);
        if (!existingIds.contains(candidate))
            return candidate;
    }
}

} // namespace radar::sourcenaming
