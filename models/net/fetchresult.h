// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/source.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace radar {

/// How fetches reach the network: the system's proxy settings, none, or one the user names.
enum class ProxyMode : quint8 { System, None, Manual };

struct ProxyConfig
{
    ProxyMode mode = ProxyMode::System;
    QString host; // Manual only
    quint16 port = 8080;
    QString user; // empty: no authentication
    QString password; // from the OS keychain at run time; never saved in settings

    friend bool operator==(const ProxyConfig &a, const ProxyConfig &b)
    {
        return a.mode == b.mode && a.host == b.host && a.port == b.port && a.user == b.user
            && a.password == b.password;
    }
    friend bool operator!=(const ProxyConfig &a, const ProxyConfig &b) { return !(a == b); }
};

/// Limits every fetch obeys; feeds are untrusted and servers misbehave.
struct FetchPolicy
{
    // The whole fetch (connect, request, every byte of the answer) must end within this, so a
    // server that stalls or drips one byte a second cannot hold a source forever.
    std::chrono::milliseconds timeout {20000};
    qint64 maxBodyBytes = 16 * 1024 * 1024; // after decompression
    int maxRedirects = 5;
    int maxConcurrent = 16; // fetches under way at once, over all hosts
    int maxPerHost = 4; // and per host, so one provider is never hit by a burst
    ProxyConfig proxy;
};

/// What the Network settings page edits; fetchPolicy() turns it into the limits fetches obey.
struct NetworkSettings
{
    ProxyConfig proxy;
    int timeoutSeconds = 20; // 5 to 300
    int maxBodyMiB = 16; // 1 to 256

    FetchPolicy fetchPolicy() const
    {
        FetchPolicy policy;
        policy.timeout = std::chrono::seconds(timeoutSeconds);
        policy.maxBodyBytes = qint64(maxBodyMiB) * 1024 * 1024;
        policy.proxy = proxy;
        return policy;
    }

    friend bool operator==(const NetworkSettings &a, const NetworkSettings &b)
    {
        return a.proxy == b.proxy && a.timeoutSeconds == b.timeoutSeconds && a.maxBodyMiB == b.maxBodyMiB;
    }
    friend bool operator!=(const NetworkSettings &a, const NetworkSettings &b) { return !(a == b); }
};

/// What an earlier answer lets the next request ask: "only if it changed since".
struct Validators
{
    QByteArray etag;
    QByteArray lastModified;

    bool isEmpty() const { return etag.isEmpty() && lastModified.isEmpty(); }
};

/// One fetch to make.
struct FetchRequest
{
    QString sourceId;
    QUrl url;
    Validators validators; // sent as If-None-Match / If-Modified-Since when set
    QList<QPair<QByteArray, QByteArray>> headers; // extra request headers (a private page's token)
    quint64 ticket = 0; // the caller's, handed back in the result to match answer and question
};

/// The outcome of one fetch: the body, or the reason there is none.
struct FetchResult
{
    QString sourceId;
    QUrl url;
    quint64 ticket = 0; // the request's
    QByteArray body;
    int httpStatus = 0; // 0 for file:// and for failures before a response
    bool notModified = false; // a 304: the data fetched before still holds
    Validators validators; // of this answer, for the next request
    // How long the server asked to be left alone (Retry-After, Cache-Control max-age), if it did.
    std::optional<std::chrono::seconds> retryAfter;
    std::optional<std::chrono::seconds> maxAge;
    QString error; // empty on success; "unreachable: Connection refused", "HTTP 503 ..."
    FailureKind failure = FailureKind::Server; // meaningful only when error is set
    QDateTime fetchedAt;

    bool ok() const { return error.isEmpty(); }
};

/// Parses a Retry-After value: delay seconds, or an HTTP date relative to `now`.
std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value, const QDateTime &now);
/// The max-age of a Cache-Control value; nothing when absent or when no-cache/no-store forbid reuse.
std::optional<std::chrono::seconds> parseMaxAge(const QByteArray &cacheControl);
/// JSON must be UTF-8 (RFC 8259), but some servers send another charset and say so. When the body
/// is not valid UTF-8 and the Content-Type names a charset Qt can decode, returns it as UTF-8.
QByteArray bodyAsUtf8(const QByteArray &body, const QByteArray &contentType);

} // namespace radar
