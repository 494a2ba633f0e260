// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsoninput.h"

#include "feeddates.h"

#include <QJsonDocument>

namespace radar::json {

Document parse(const QByteArray &bytes)
{
    if (bytes.trimmed().isEmpty())
        return {QJsonValue(), QStringLiteral("empty response")};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const bool looksLikeHtml = bytes.trimmed().startsWith('<');
        return {QJsonValue(),
                looksLikeHtml ? QStringLiteral("got an HTML or XML page instead of JSON")
                              : QStringLiteral("malformed JSON at byte %1: %2")
                                    .arg(parseError.offset)
                                    .arg(parseError.errorString())};
    }
    if (document.isObject())
        return {document.object(), QString()};
    return {document.array(), QString()};
}

QJsonArray arrayOrEmpty(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toArray();
}

QDateTime instant(const QJsonValue &value)
{
    return feeddates::fromIso8601(value.toString());
}

} // namespace radar::json
