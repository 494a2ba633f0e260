// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

namespace radar {

/// Where secrets (a private status page's token, the proxy password) are kept: the OS keychain in
/// the app, never the settings file. Every call answers later, by a signal, because keychains may
/// ask the user to unlock them. `error` is empty on success and otherwise says what to do.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// The key of a source's secret: its id and the origin (scheme, host, port) the secret belongs
    /// to. A source pointed elsewhere, by an edit or by an imported file reusing the id, finds no
    /// secret under its new key, so a token is never sent to an address it was not given for.
    static QString sourceKey(const QString &sourceId, const QUrl &url)
    {
        return QStringLiteral("source/%1@%2://%3:%4")
            .arg(sourceId, url.scheme(), url.host())
            .arg(url.port(url.scheme() == u"http" ? 80 : 443));
    }
    static QString proxyKey() { return QStringLiteral("proxy"); }

    /// Answers with readFinished(); a key that holds nothing reads as an empty value, no error.
    virtual void read(const QString &key) = 0;
    /// Answers with written().
    virtual void write(const QString &key, const QString &value) = 0;
    /// Answers with removed(); removing a key that holds nothing is no error.
    virtual void remove(const QString &key) = 0;

signals:
    void readFinished(const QString &key, const QString &value, const QString &error);
    void written(const QString &key, const QString &error);
    void removed(const QString &key, const QString &error);
};

} // namespace radar
