// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace radar::json {

/// Parses bytes that must hold a JSON document. On failure, `error` says where and why.
struct Document
{
    QJsonValue root;
    QString error;
};
Document parse(const QByteArray &bytes);

/// The array under `key`, treating null or a missing key as empty (incident.io sends null lists).
QJsonArray arrayOrEmpty(const QJsonObject &object, QLatin1StringView key);

/// An ISO 8601 / RFC 3339 instant ("2022-02-15T13:37:37.407-08:00") as UTC; null if absent or bad.
QDateTime instant(const QJsonValue &value);

} // namespace radar::json
