// SPDX-License-Identifier: GPL-3.0-or-later
#include "configtransfer.h"

#include "sourceselection.h"

#include "settings/appsettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace radar::ConfigTransfer {

namespace {

// lupdate files these strings under the context the struct declares.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(radar::ConfigTransfer)
};

} // namespace

SharedConfig current(const AppSettings &settings)
{
    SharedConfig config;
    config.sources = settings.sources().value_or(builtInCatalog().defaultSources());
    config.watchList = WatchList::fromStrings(settings.watchList());
    config.rules = settings.notificationRules();
    return config;
}

Written exportTo(const AppSettings &settings, const QString &path)
{
    const SharedConfig config = current(settings);
    const QByteArray json = configToJson(config, QDateTime::currentDateTimeUtc());
    Written written;
    if (path == u"-") {
        if (std::fwrite(json.constData(), 1, size_t(json.size()), stdout) != size_t(json.size()))
            written.error = Text::tr("cannot write the configuration to standard output");
        std::fflush(stdout);
        return written;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        written.error = Text::tr("cannot write %1: %2").arg(path, file.errorString());
        return written;
    }
    written.summary = QCoreApplication::translate("radar::ConfigTransfer", "Wrote %n source(s) to %1",
                                                  nullptr, int(config.sources.size()))
                          .arg(path);
    return written;
}

Read readFile(const QString &path)
{
    Read read;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        read.missing = true;
        read.import.problems.append(Text::tr("cannot read %1: %2").arg(path, file.errorString()));
        return read;
    }
    // One byte past the cap is enough to tell "too large" without reading a huge file whole.
    read.import = configFromJson(file.read(maxConfigBytes + 1));
    return read;
}

void apply(const ConfigImport &import, AppSettings &settings)
{
    settings.setSources(import.config.sources);
    if (import.hasWatchList)
        settings.setWatchList(import.config.watchList.toStrings());
    if (import.hasRules)
        settings.setNotificationRules(import.config.rules);
    settings.setWelcomeDone(true); // the sources are chosen: no first-run welcome over them
}

QString summary(const ConfigImport &import)
{
    QStringList needSecret;
    for (const SourceConfig &source : import.config.sources) {
        if (!source.secretHeader.isEmpty())
            needSecret.append(source.name);
    }
    // Whole sentences, so that every language can order its own words.
    QStringList sentences {QCoreApplication::translate("radar::ConfigTransfer", "Imported %n source(s).",
                                                       nullptr, int(import.config.sources.size()))};
    if (import.hasWatchList)
        sentences.append(QCoreApplication::translate("radar::ConfigTransfer",
                                                     "The watch list now has %n entry(s).", nullptr,
                                                     int(import.config.watchList.entries().size())));
    if (import.hasRules)
        sentences.append(Text::tr("The notification rules were replaced."));
    if (!needSecret.isEmpty())
        sentences.append(
            QCoreApplication::translate("radar::ConfigTransfer",
                                        "%n source(s) wait for a secret (%1): enter it in Settings, Sources.",
                                        nullptr, int(needSecret.size()))
                .arg(needSecret.join(QStringLiteral(", "))));
    const QString text = sentences.join(u' ');
    return text;
}

} // namespace radar::ConfigTransfer
