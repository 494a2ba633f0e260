// SPDX-License-Identifier: GPL-3.0-or-later
// The floor Outage Radar is measured against (bench_footprint): a bare Qt window with what the app
// is made of, and nothing of the app itself. A table of 5,000 cells, a bar chart, a tray icon with
// a menu, SQLite (one WAL file with a table) and a network manager that polls the URLs it is
// given every 15 seconds with If-None-Match, as the app polls its sources.
// Usage: bench_baseline DATA_DIR [URL]...
#include "firstpaint.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QHash>
#include <QMainWindow>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSplitter>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QValueAxis>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const QString dataDir = arguments.value(1, QDir::tempPath());

    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    database.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("baseline.sqlite")));
    if (database.open()) {
        QSqlQuery query(database);
        query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        query.exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS cells (provider TEXT, service TEXT, region TEXT, "
                           "status TEXT, at INTEGER)"));
    }

    QStandardItemModel model(250, 20);
    for (int row = 0; row < model.rowCount(); ++row) {
        model.setVerticalHeaderItem(row, new QStandardItem(QStringLiteral("Service %1").arg(row)));
        for (int column = 0; column < model.columnCount(); ++column)
            model.setItem(row, column, new QStandardItem(QStringLiteral("Operational")));
    }
    auto *table = new QTableView;
    table->setModel(&model);

    auto *bars = new QBarSet(QStringLiteral("Incidents"));
    QStringList days;
    for (int day = 0; day < 30; ++day) {
        *bars << (day * 7) % 5;
        days << QString::number(day + 1);
    }
    auto *series = new QBarSeries;
    series->append(bars);
    auto *chart = new QChart;
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(days);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *chartView = new QChartView(chart);

    QMainWindow window;
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(table);
    splitter->addWidget(chartView);
    window.setCentralWidget(splitter);
    window.resize(1280, 800);

    QMenu menu;
    menu.addAction(QStringLiteral("Quit"), &application, &QApplication::quit);
    QSystemTrayIcon tray(QApplication::style()->standardIcon(QStyle::SP_ComputerIcon));
    tray.setContextMenu(&menu);
    if (QSystemTrayIcon::isSystemTrayAvailable())
        tray.show();

    QNetworkAccessManager network;
    QHash<QString, QByteArray> etags;
    QTimer poll;
    const QStringList urls = arguments.mid(2);
    const auto pollAll = [&] {
        for (const QString &url : urls) {
            QNetworkRequest request {QUrl(url)};
            if (etags.contains(url))
                request.setRawHeader("If-None-Match", etags.value(url));
            QNetworkReply *reply = network.get(request);
            QObject::connect(reply, &QNetworkReply::finished, reply, [&etags, reply, url] {
                if (reply->hasRawHeader("ETag"))
                    etags.insert(url, reply->rawHeader("ETag"));
                reply->readAll();
                reply->deleteLater();
            });
        }
    };
    QObject::connect(&poll, &QTimer::timeout, &network, pollAll);
    poll.start(15000);
    QTimer::singleShot(0, &network, pollAll);

    radar::FirstPaintReporter::install(&window);
    window.show();
    return QApplication::exec();
}
