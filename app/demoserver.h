// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"
#include "demostory.h"

#include "domain/history.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace radar {

class AppSettings;

/// Plays the demo story: an HTTP server on 127.0.0.1, on a free port, that serves each source's
/// payload of the moment. The app polls it like any provider, so the demo runs the real fetch,
/// parse, store and notify code; nothing inside the engine knows it is a demo.
class DemoServer : public QObject
{
    Q_OBJECT
public:
    /// `folder` holds story.json and the payloads (the copy compiled in by default).
    explicit DemoServer(double speed = 1.0, int startSecond = 0,
                        const QString &folder = QStringLiteral(":/demo"), QObject *parent = nullptr);
    ~DemoServer() override;

    /// Reads the story and every payload, then listens; false, with `error` set, when either fails.
    bool start(QString &error);
    /// The story's sources, pointed at this server and polled at the story's pace.
    QList<SourceConfig> sources() const;
    const DemoStory &story() const { return *m_story; }
    const DemoClock &clock() const { return *m_clock; }
    quint16 port() const { return m_port; }
    /// The story's past (history.json beside story.json), as if it had all been recorded by `now`.
    std::optional<HistoryBatch> pastIncidents(const QDateTime &now, QString &error) const;

    /// What `source` serves on `step` at `moment`: the payload with its placeholders filled, in the
    /// source's encoding.
    QByteArray payload(const DemoStory::Source &source, const DemoStory::Step &step,
                       const DemoClock::Moment &moment) const;

private:
    /// A file of the story's folder; std::nullopt with `error` naming it when it cannot be read.
    std::optional<QByteArray> readFile(const QString &name, QString &error) const;
    void answer(const QHttpServerRequest &request, QHttpServerResponder &&responder) const;

    double m_speed;
    int m_startSecond;
    QString m_folder;
    std::optional<DemoStory> m_story;
    std::optional<DemoClock> m_clock;
    QHash<QString, QByteArray> m_payloads; // by file name, as written (templates)
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
};

/// For --demo: starts the story's server and gives its sources to `options`; nullptr, with
/// `error` set, when it cannot start.
std::unique_ptr<DemoServer> startDemo(Options &options, QString &error);

/// The demo's first start in a data directory (its settings never saw one): the story's watch
/// list, so that notifications have something to be loud about. True when it was the first; the
/// caller then records pastIncidents() once the history is open.
bool beginDemoData(const DemoServer &demo, AppSettings &settings);

/// The exit code when the demo cannot start (EX_SOFTWARE: the story compiled in is broken).
inline constexpr int exitDemoBroken = 70;

} // namespace radar
