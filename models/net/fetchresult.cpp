// SPDX-License-Identifier: GPL-3.0-or-later
#include "fetchresult.h"

#include "feeds/feeddates.h"

#include <QStringDecoder>

namespace radar {

std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds >= 0 ? std::optional(std::chrono::seconds(seconds)) : std::nullopt;
    const QDateTime when = feeddates::fromRfc822(QString::fromLatin1(trimmed));
    if (!when.isValid())
        return std::nullopt;
    return std::chrono::seconds(std::max<qint64>(0, now.secsTo(when)));
}

std::optional<std::chrono::seconds> parseMaxAge(const QByteArray &cacheControl)
{
    std::optional<std::chrono::seconds> maxAge;
    for (const QByteArray &part : cacheControl.split(',')) {
        const QByteArray directive = part.trimmed().toLower();
        if (directive == "no-cache" || directive == "no-store")
            return std::nullopt;
        if (directive.startsWith("max-age=")) {
            bool ok = false;
            const qlonglong seconds = directive.mid(8).replace('"', QByteArray()).toLongLong(&ok);
            if (ok && seconds >= 0)
                maxAge = std::chrono::seconds(seconds);
        }
    }
    return maxAge;
}

QByteArray bodyAsUtf8(const QByteArray &body, const QByteArray &contentType)
{
    const qsizetype at = contentType.toLower().indexOf("charset=");
    if (at < 0)
        return body;
    QByteArray charset = contentType.mid(at + 8);
    if (const qsizetype end = charset.indexOf(';'); end >= 0)
        charset.truncate(end);
    charset = charset.replace('"', QByteArray()).trimmed().toLower();
    if (charset.isEmpty() || charset == "utf-8" || charset == "utf8")
        return body;
    // XML names its own encoding in its declaration, which the XML reader honours; leave it alone.
    const QByteArray start = body.left(64).trimmed();
    if (start.startsWith('<'))
        return body;
    if (QUtf8StringView(body).isValidUtf8())
        return body; // a mislabelled UTF-8 body: the label is wrong, not the bytes
    // The Western charsets servers mislabel most; Windows-1252 differs from Latin-1 only in
    // punctuation at 0x80-0x9F, which is better shown slightly off than lost.
    if (charset == "windows-1252" || charset == "cp1252" || charset == "us-ascii" || charset == "ascii")
        charset = "iso-8859-1";
    QStringDecoder decoder(charset.constData());
    if (!decoder.isValid())
        return body; // a charset Qt cannot decode: the adapter reports what it makes of the bytes
    return QString(decoder.decode(body)).toUtf8();
}

} // namespace radar
