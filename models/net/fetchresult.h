// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <chrono>

namespace radar {

/// Limits every fetch obeys; feeds are untrusted and servers misbehave.
struct FetchPolicy
{
    std::chrono::milliseconds timeout {20000}; // connect + transfer: no progress for this long fails
    qint64 maxBodyBytes = 16 * 1024 * 1024;
    int maxRedirects = 5;
};

/// The outcome of one fetch: the body, or the reason there is none.
struct FetchResult
{
    QString sourceId;
    QUrl url;
    QByteArray body;
    int httpStatus = 0; // 0 for file:// and for failures before a response
    QString error; // empty on success; "unreachable: Connection refused", "HTTP 503 ..."
    QDateTime fetchedAt;

    bool ok() const { return error.isEmpty(); }
};

} // namespace radar
