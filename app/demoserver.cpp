// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver.h"

#include "demohistory.h"

#include "settings/appsettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QStringEncoder>

#include <algorithm>
#include <cmath>

namespace radar {

DemoServer::DemoServer(double speed, int startSecond, const QString &folder, QObject *parent)
    : QObject(parent)
    , m_speed(speed)
    , m_startSecond(startSecond)
    , m_folder(folder)
{ }

DemoServer::~DemoServer() = default;

std::optional<QByteArray> DemoServer::readFile(const QString &name, QString &error) const
{
    QFile file(QDir(m_folder).filePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("demo story: cannot read %1: %2").arg(file.fileName(), file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

bool DemoServer::start(QString &error)
{
    const std::optional<QByteArray> storyFile = readFile(QStringLiteral("story.json"), error);
    if (!storyFile)
        return false;
    m_story = DemoStory::fromJson(*storyFile, error);
    if (!m_story)
        return false;
    // Every payload is read and tried now, so a broken one fails the start, not a poll minutes later.
    m_clock.emplace(QDateTime::currentDateTimeUtc(), m_speed, m_startSecond, m_story->length);
    const DemoClock::Moment now = m_clock->at(QDateTime::currentDateTimeUtc());
    for (const QString &name : m_story->files()) {
        const std::optional<QByteArray> bytes = readFile(name, error);
        if (!bytes)
            return false;
        QString problem;
        renderDemoPayload(*bytes, *m_clock, now, problem);
        if (!problem.isEmpty()) {
            error = QStringLiteral("demo story: %1: %2").arg(name, problem);
            return false;
        }
        m_payloads.insert(name, *bytes);
    }

    m_server = std::make_unique<QHttpServer>();
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        answer(request, std::move(responder));
    });
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
    if (m_port == 0) {
        error = QStringLiteral("the demo cannot listen on 127.0.0.1: no free port");
        m_server.reset();
        return false;
    }
    return true;
}

QList<SourceConfig> DemoServer::sources() const
{
    QList<SourceConfig> sources;
    if (!m_story)
        return sources;
    // At the story's pace: a poll every few story seconds, so every step is seen at least twice and
    // the notification policy's hysteresis (two polls) confirms it. This server is on this machine,
    // so polling it faster than a provider may be is no one's burden.
    const auto interval =
        std::chrono::seconds(std::max<qint64>(1, std::llround(m_story->pollInterval / m_speed)));
    for (const DemoStory::Source &source : m_story->sources) {
        SourceConfig config;
        config.id = source.id;
        config.name = source.name;
        config.kind = source.kind;
        config.url = QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(source.path));
        config.interval = interval;
        sources.append(config);
    }
    return sources;
}

std::optional<HistoryBatch> DemoServer::pastIncidents(const QDateTime &now, QString &error) const
{
    const std::optional<QByteArray> json = readFile(QStringLiteral("history.json"), error);
    if (!json)
        return std::nullopt;
    return demoHistory(*json, now, error);
}

QByteArray DemoServer::payload(const DemoStory::Source &source, const DemoStory::Step &step,
                               const DemoClock::Moment &moment) const
{
    QString error; // each payload was rendered once in start(): the same placeholders cannot fail now
    const QByteArray body = renderDemoPayload(m_payloads.value(step.file), *m_clock, moment, error);
    if (!source.utf16)
        return body;
    QStringEncoder encoder(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
    return encoder(QString::fromUtf8(body));
}

void DemoServer::answer(const QHttpServerRequest &request, QHttpServerResponder &&responder) const
{
    const QString path = request.url().path();
    const auto source =
        std::find_if(m_story->sources.cbegin(), m_story->sources.cend(),
                     [&](const DemoStory::Source &candidate) { return candidate.path == path; });
    if (source == m_story->sources.cend()) {
        responder.write(QHttpServerResponder::StatusCode::NotFound);
        return;
    }
    const DemoClock::Moment now = m_clock->at(QDateTime::currentDateTimeUtc());
    const DemoStory::Step &step = DemoStory::stepAt(*source, now.second);
    if (step.file.isEmpty()) {
        responder.write(static_cast<QHttpServerResponder::StatusCode>(step.status));
        return;
    }
    const QByteArray body = payload(*source, step, now);
    // Validators as a provider's CDN gives them: an unchanged payload answers 304.
    const QByteArray etag =
        '"' + QCryptographicHash::hash(body, QCryptographicHash::Sha1).toHex().left(20) + '"';
    const auto headers = request.headers();
    const bool unchanged = std::any_of(headers.cbegin(), headers.cend(), [&](const auto &header) {
        return header.first.compare(QByteArrayLiteral("If-None-Match"), Qt::CaseInsensitive) == 0
            && header.second == etag;
    });
    if (unchanged) {
        responder.write({{QByteArrayLiteral("ETag"), etag}}, QHttpServerResponder::StatusCode::NotModified);
        return;
    }
    responder.write(body,
                    {{QByteArrayLiteral("Content-Type"), source->contentType},
                     {QByteArrayLiteral("ETag"), etag},
                     {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache")}},
                    QHttpServerResponder::StatusCode::Ok);
}

std::unique_ptr<DemoServer> startDemo(Options &options, QString &error)
{
    auto server = std::make_unique<DemoServer>(options.demoSpeed, options.demoStart);
    if (!server->start(error))
        return nullptr;
    options.givenSources = server->sources();
    return server;
}

bool beginDemoData(const DemoServer &demo, AppSettings &settings)
{
    // The welcome's flag marks a data directory the app has started in; the demo never shows it.
    if (settings.welcomeDone())
        return false;
    settings.setWatchList(demo.story().watch);
    settings.setWelcomeDone(true);
    return true;
}

} // namespace radar
