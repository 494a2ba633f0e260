// SPDX-License-Identifier: GPL-3.0-or-later
// Each adapter's throughput on the real captures in ../shared/feeds/real and on larger generated
// payloads, against two baselines over the same bytes: a bare QJsonDocument::fromJson or
// QXmlStreamReader pass (the least any reader of the format does), and Python's json.loads or
// ElementTree plus the same normalisation (parse_baseline.py), as a Python monitor would run it.
//
// The generated payloads grow the demo's own (resources/demo, the providers' formats) by
// repeating their incidents, events, components and items under new ids: a Statuspage summary,
// the AWS events list (UTF-16 with a byte order mark, as AWS serves it), Google Cloud's
// incidents.json and the Azure RSS feed, each a few MB.
// Usage: bench_parsing PARSE_BASELINE_PY [SHARED_DIR]
#include "benchtiming.h"
#include "demostory.h"

#include "feeds/feedparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <algorithm>

using namespace radar;

namespace {

struct Input
{
    QString name;
    QString kind;
    QString path; // on disk, for Python
    QByteArray bytes;
};

QByteArray demoPayload(const QString &name)
{
    QFile file(QStringLiteral(":/demo/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no demo payload %s", qPrintable(name));
    const DemoClock clock(QDateTime::currentDateTimeUtc(), 1.0, 0, 180);
    QString error;
    const QByteArray rendered =
        renderDemoPayload(file.readAll(), clock, clock.at(QDateTime::currentDateTimeUtc()), error);
    if (!error.isEmpty())
        qFatal("%s: %s", qPrintable(name), qPrintable(error));
    return rendered;
}

/// The array `list` repeated `times` times, each copy's `fields` suffixed with its number.
QJsonArray repeated(const QJsonArray &list, int times, const QStringList &fields)
{
    QJsonArray out;
    for (int copy = 0; copy < times; ++copy) {
        for (const QJsonValue &value : list) {
            QJsonObject object = value.toObject();
            for (const QString &field : fields)
                object.insert(field, QStringLiteral("%1-%2").arg(object.value(field).toString()).arg(copy));
            out.append(object);
        }
    }
    return out;
}

/// As AWS serves it: UTF-16, big-endian, with a byte order mark.
QByteArray utf16WithBom(const QByteArray &utf8)
{
    QStringEncoder encoder(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
    return encoder(QString::fromUtf8(utf8));
}

QList<Input> generated()
{
    QList<Input> inputs;
    {
        QJsonObject summary =
            QJsonDocument::fromJson(demoPayload(QStringLiteral("cloudflare/fra-identified.json"))).object();
        summary.insert(QStringLiteral("components"),
                       repeated(summary.value(QStringLiteral("components")).toArray(), 80,
                                {QStringLiteral("id"), QStringLiteral("name")}));
        summary.insert(
            QStringLiteral("incidents"),
            repeated(summary.value(QStringLiteral("incidents")).toArray(), 200, {QStringLiteral("id")}));
        inputs.append({QStringLiteral("Statuspage summary, generated"),
                       QStringLiteral("statuspage"),
                       {},
                       QJsonDocument(summary).toJson(QJsonDocument::Compact)});
    }
    {
        const QJsonArray events =
            QJsonDocument::fromJson(demoPayload(QStringLiteral("aws/escalated.json"))).array();
        inputs.append({QStringLiteral("AWS events (UTF-16), generated"),
                       QStringLiteral("aws"),
                       {},
                       utf16WithBom(QJsonDocument(repeated(events, 400, {QStringLiteral("arn")}))
                                        .toJson(QJsonDocument::Compact))});
    }
    {
        QJsonArray incidents =
            QJsonDocument::fromJson(demoPayload(QStringLiteral("gcp/mitigating.json"))).array();
        inputs.append(
            {QStringLiteral("Google Cloud incidents, generated"),
             QStringLiteral("gcp"),
             {},
             QJsonDocument(repeated(incidents, 120, {QStringLiteral("id")})).toJson(QJsonDocument::Compact)});
    }
    {
        const QByteArray feed = demoPayload(QStringLiteral("azure/investigating.xml"));
        const qsizetype begin = feed.indexOf("<item>");
        const qsizetype end = feed.lastIndexOf("</item>") + 7;
        const QByteArray item = feed.mid(begin, end - begin);
        QByteArray items;
        for (int copy = 0; copy < 2000; ++copy)
            items += QByteArray(item).replace("</guid>", "-" + QByteArray::number(copy) + "</guid>");
        inputs.append({QStringLiteral("Azure RSS, generated"),
                       QStringLiteral("azure"),
                       {},
                       feed.left(begin) + items + feed.mid(end)});
    }
    return inputs;
}

QList<Input> captures(const QString &sharedDir)
{
    const QList<std::pair<QString, QString>> files {
        {QStringLiteral("aws/currentevents-live-capture.utf16be.bin"), QStringLiteral("aws")},
        {QStringLiteral("gcp/incidents-live-capture.json"), QStringLiteral("gcp")},
        {QStringLiteral("other/statusio-gitlab-live-capture.json"), QStringLiteral("statusio")},
        {QStringLiteral("other/firehydrant-redis-live-capture.json"), QStringLiteral("firehydrant")},
        {QStringLiteral("slack/slack-history-live-capture.json"), QStringLiteral("slack")},
        {QStringLiteral("statuspage-history/saucelabs-us-west-1-statuspage-history-2020-11-15.atom"),
         QStringLiteral("rss")},
        {QStringLiteral("statuspage-history/parse-statuspage-history-2014-01-09.rss"), QStringLiteral("rss")},
    };
    QList<Input> inputs;
    for (const auto &[name, kind] : files) {
        QFile file(QDir(sharedDir).filePath(QStringLiteral("feeds/real/") + name));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "bench_parsing: skipping the capture %s: %s\n", qPrintable(name),
                         qPrintable(file.errorString()));
            continue;
        }
        inputs.append(
            {QStringLiteral("capture ") + QFileInfo(name).fileName(), kind, file.fileName(), file.readAll()});
    }
    return inputs;
}

/// The median seconds of `pass` over rounds that add up to at least half a second.
double secondsPerPass(const std::function<void()> &pass)
{
    pass(); // warm up
    QList<qint64> times;
    QElapsedTimer total;
    total.start();
    QElapsedTimer one;
    while (total.elapsed() < 500 || times.size() < 5) {
        one.start();
        pass();
        times << one.nsecsElapsed();
    }
    return benchtiming::median(times) / 1e9;
}

/// The bare pass over the same bytes: what any reader of the format must do at the least.
void barePass(const Input &input)
{
    if (input.kind == QLatin1StringView("azure") || input.kind == QLatin1StringView("rss")) {
        QXmlStreamReader reader(input.bytes);
        while (!reader.atEnd())
            reader.readNext();
        return;
    }
    // AWS's UTF-16 (big-endian, with its byte order mark) must become UTF-8 before QJsonDocument
    // can read it.
    QByteArray json = input.bytes;
    if (input.bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(QStringDecoder::Utf16BE);
        json = QString(decoder(QByteArrayView(input.bytes).sliced(2))).toUtf8();
    }
    const QJsonDocument document = QJsonDocument::fromJson(json);
    Q_UNUSED(document);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: bench_parsing PARSE_BASELINE_PY [SHARED_DIR]\n");
        return 64;
    }
    QTemporaryDir dir;
    QList<Input> inputs = captures(arguments.value(2)) + generated();
    QStringList pythonArguments {arguments.at(1)};
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        Input &input = inputs[i];
        if (input.path.isEmpty()) {
            input.path = dir.filePath(QStringLiteral("generated-%1").arg(i));
            QFile file(input.path);
            if (!file.open(QIODevice::WriteOnly) || file.write(input.bytes) != input.bytes.size())
                qFatal("cannot write %s", qPrintable(input.path));
        }
        pythonArguments << input.kind + u'=' + input.path;
    }
    QProcess python;
    python.start(QStringLiteral("python3"), pythonArguments);
    QHash<QString, double> pythonRates;
    if (python.waitForFinished(600000) && python.exitCode() == 0) {
        for (const QByteArray &line : python.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> fields = line.split('\t');
            if (fields.size() == 3)
                pythonRates.insert(QString::fromUtf8(fields.at(1)), fields.at(2).toDouble());
        }
    } else {
        std::fprintf(stderr, "bench_parsing: the Python baseline failed: %s\n",
                     python.readAllStandardError().constData());
    }

    for (const Input &input : std::as_const(inputs)) {
        const FeedKind kind = *feedKindFromName(input.kind);
        const FeedContext context {QStringLiteral("bench"), QUrl(QStringLiteral("http://127.0.0.1/feed"))};
        bool ok = true;
        const double ours = secondsPerPass([&] { ok = parseFeed(kind, input.bytes, context).ok() && ok; });
        const double bare = secondsPerPass([&] { barePass(input); });
        const double megabytes = input.bytes.size() / 1e6;
        const double python = pythonRates.value(input.path, -1);
        const double oursRate = megabytes / ours;
        const double bareRate = megabytes / bare;
        benchtiming::printFigure(
            QStringLiteral("parse: %1 (%2 KB, %3)")
                .arg(input.name)
                .arg(input.bytes.size() / 1000)
                .arg(input.kind),
            QStringLiteral("%1 MB/s%2")
                .arg(oursRate, 0, 'f', 1)
                .arg(ok ? QString() : QStringLiteral(" (FAILED)")),
            QStringLiteral("bare %1 MB/s; Python %2 MB/s").arg(bareRate, 0, 'f', 1).arg(python, 0, 'f', 1),
            QStringLiteral("%1 of bare; %2 Python")
                .arg(benchtiming::ratio(oursRate, bareRate), benchtiming::ratio(oursRate, python)),
            QStringLiteral("≥ 0.7× bare; ≥ 5× Python"), QStringLiteral("median of passes over ≥ 0.5 s each"));
    }
    return 0;
}
