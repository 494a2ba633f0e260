// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyexport.h"

#include "historydatabase.h"

#include "domain/incidentjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>
#include <memory>
#include <vector>

namespace radar {

namespace {

// lupdate files these strings under the context the struct declares.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(radar::HistoryExport)
};

/// Whether a CSV field holds text from a feed, which a spreadsheet must never take for a formula.
enum class Origin : quint8 { Ours, Feed };

QString csvField(QString value, Origin origin = Origin::Feed)
{
    // A spreadsheet runs a cell starting with = + - or @ as a formula (TAB and CR are ways to sneak
    // one past a check); a feed's author could make the user's spreadsheet fetch a URL or start a
    // program. The apostrophe makes it text, and spreadsheets do not show it. Our own timestamps,
    // names and numbers never start that way.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (origin == Origin::Feed && !value.isEmpty() && formulaStarts.contains(value.front()))
        value.prepend(u'\'');
    const bool quoted = value.contains(u',') || value.contains(u'"') || value.contains(u'\r')
        || value.contains(u'\n') || (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quoted)
        return value;
    value.replace(u'"', QStringLiteral("\"\""));
    return u'"' + value + u'"';
}

void appendRow(QString &out, const QStringList &fields)
{
    out += fields.join(u',');
    out += QStringLiteral("\r\n");
}

QString durationMinutes(const Incident &incident)
{
    if (!incident.startedAt.isValid() || !incident.resolvedAt.isValid())
        return QString();
    return QString::number(std::llround(incident.startedAt.msecsTo(incident.resolvedAt) / 60000.0));
}

QByteArray incidentsCsv(const HistoryExportData &data)
{
    QString out;
    appendRow(out,
              {QStringLiteral("provider"), QStringLiteral("id"), QStringLiteral("title"),
               QStringLiteral("severity"), QStringLiteral("state"), QStringLiteral("started_at"),
               QStringLiteral("resolved_at"), QStringLiteral("duration_minutes"), QStringLiteral("services"),
               QStringLiteral("regions"), QStringLiteral("url"), QStringLiteral("updates"),
               QStringLiteral("last_update")});
    const QString separator = QStringLiteral("; ");
    for (const Incident &incident : data.incidents) {
        appendRow(out,
                  {csvField(incident.provider), csvField(incident.id), csvField(incident.title),
                   csvField(statusName(incident.severity), Origin::Ours),
                   csvField(incidentStateName(incident.state), Origin::Ours),
                   csvField(instantText(incident.startedAt), Origin::Ours),
                   csvField(instantText(incident.resolvedAt), Origin::Ours),
                   csvField(durationMinutes(incident), Origin::Ours),
                   csvField(reportedServices(incident).join(separator)),
                   csvField(incident.regions().join(separator)), csvField(incident.url.toString()),
                   csvField(QString::number(incident.updates.size()), Origin::Ours),
                   csvField(incident.updates.isEmpty() ? QString() : incident.updates.constLast().text)});
    }
    return out.toUtf8();
}

QByteArray transitionsCsv(const HistoryExportData &data)
{
    QString out;
    appendRow(out,
              {QStringLiteral("at"), QStringLiteral("provider"), QStringLiteral("service"),
               QStringLiteral("region"), QStringLiteral("from"), QStringLiteral("to")});
    for (const CellChange &change : data.cellChanges) {
        appendRow(out,
                  {csvField(instantText(change.at), Origin::Ours), csvField(change.key.provider),
                   csvField(reportedServiceId(change.key.service)), csvField(change.key.region),
                   csvField(statusName(change.from), Origin::Ours),
                   csvField(statusName(change.to), Origin::Ours)});
    }
    return out.toUtf8();
}

QByteArray historyJson(const HistoryExportData &data)
{
    QJsonArray incidents;
    for (const Incident &incident : data.incidents)
        incidents.append(incidentJson(incident));
    QJsonArray transitions;
    for (const CellChange &change : data.cellChanges) {
        transitions.append(QJsonObject {
            {QStringLiteral("at"), instantJson(change.at)},
            {QStringLiteral("provider"), change.key.provider},
            {QStringLiteral("service"), reportedServiceId(change.key.service)},
            {QStringLiteral("region"), change.key.region},
            {QStringLiteral("from"), statusName(change.from)},
            {QStringLiteral("to"), statusName(change.to)},
        });
    }
    QJsonArray sourceEvents;
    for (const SourceEvent &event : data.sourceEvents) {
        sourceEvents.append(QJsonObject {
            {QStringLiteral("at"), instantJson(event.at)},
            {QStringLiteral("source"), event.source},
            {QStringLiteral("health"), sourceHealthName(event.health)},
            {QStringLiteral("error"), event.error.isEmpty() ? QJsonValue(QJsonValue::Null) : event.error},
        });
    }
    const QJsonObject root {
        {QStringLiteral("schema"), 1},
        {QStringLiteral("generated_at"), instantJson(data.generatedAt)},
        {QStringLiteral("since"), instantJson(data.since)},
        {QStringLiteral("incidents"), incidents},
        {QStringLiteral("transitions"), transitions},
        {QStringLiteral("source_events"), sourceEvents},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

struct PendingFile
{
    QString path;
    QByteArray contents;
};

/// Writes every file in full before any replaces its target, so a failure half-way (a missing
/// folder, a full disk) leaves nothing of this export behind.
QString writeAll(const QList<PendingFile> &files)
{
    std::vector<std::unique_ptr<QSaveFile>> saves;
    for (const PendingFile &file : files) {
        auto save = std::make_unique<QSaveFile>(file.path);
        if (!save->open(QIODevice::WriteOnly) || save->write(file.contents) != file.contents.size())
            return Text::tr("cannot write %1: %2").arg(file.path, save->errorString());
        saves.push_back(std::move(save));
    }
    for (const auto &save : saves) {
        if (!save->commit())
            return Text::tr("cannot write %1: %2").arg(save->fileName(), save->errorString());
    }
    return QString();
}

} // namespace

bool readHistory(HistoryDatabase &database, HistoryExportData &data)
{
    const auto incidents = database.fullIncidents(data.since);
    const auto changes = incidents ? database.cellChanges(data.since) : std::nullopt;
    const auto events = changes ? database.sourceEvents(data.since) : std::nullopt;
    if (!events)
        return false;
    data.incidents = *incidents;
    data.cellChanges = *changes;
    data.sourceEvents = *events;
    return true;
}

QString transitionsCsvPath(const QString &path)
{
    const QString suffix = QStringLiteral(".csv");
    const QString stem = path.endsWith(suffix, Qt::CaseInsensitive) ? path.chopped(suffix.size()) : path;
    return stem + QStringLiteral("-transitions.csv");
}

bool writeHistoryExport(const QString &path, HistoryFormat format, const HistoryExportData &data,
                        QStringList *written, QString *error)
{
    QList<PendingFile> files;
    if (format == HistoryFormat::Json)
        files = {{path, historyJson(data)}};
    else
        files = {{path, incidentsCsv(data)}, {transitionsCsvPath(path), transitionsCsv(data)}};
    const QString failure = writeAll(files);
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return false;
    }
    if (written) {
        written->clear();
        for (const PendingFile &file : std::as_const(files))
            written->append(file.path);
    }
    return true;
}

} // namespace radar
