// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasettingspage.h"

#include "formlabels.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace radar {

namespace {

/// Shows "30 days" rather than a number with a fixed suffix, so that 1 reads "1 day" in every
/// language; typing reads the digits wherever the translation puts them.
class DaysSpinBox : public QSpinBox
{
public:
    using QSpinBox::QSpinBox;

protected:
    QString textFromValue(int value) const override
    {
        return DataSettingsPage::tr("%n day(s)", "history retention", value);
    }

    int valueFromText(const QString &text) const override { return digitsOf(text).value_or(value()); }

    QValidator::State validate(QString &text, int &) const override
    {
        const std::optional<int> days = digitsOf(text);
        if (!days)
            return QValidator::Intermediate;
        if (*days > maximum())
            return QValidator::Invalid;
        return *days < minimum() ? QValidator::Intermediate : QValidator::Acceptable;
    }

private:
    static std::optional<int> digitsOf(const QString &text)
    {
        std::optional<int> number;
        for (const QChar c : text) {
            if (!c.isDigit())
                continue;
            number = std::min(number.value_or(0) * 10 + c.digitValue(), 1000000);
        }
        return number;
    }
};

} // namespace

DataSettingsPage::DataSettingsPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dataSettingsPage"));

    auto *history = new QGroupBox(tr("Incident history"), this);
    m_retention = new DaysSpinBox(history);
    m_retention->setObjectName(QStringLiteral("retentionBox"));
    m_retention->setAccessibleName(tr("Keep the history for this many days"));
    m_retention->setRange(minimumRetentionDays, maximumRetentionDays);
    m_retention->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_retention->setToolTip(tr("From 1 day to 10 years (3650 days)."));
    auto *retentionLabel = new QLabel(tr("&Keep history for:"), history);
    retentionLabel->setBuddy(m_retention);

    m_export = new QPushButton(tr("&Export history…"), history);
    m_export->setObjectName(QStringLiteral("exportHistoryButton"));
    m_export->setToolTip(tr("Save every incident, its updates and the status changes as a CSV file (for "
                            "spreadsheets) or a JSON file (for scripts)."));
    m_clear = new QPushButton(tr("&Clear history…"), history);
    m_clear->setObjectName(QStringLiteral("clearHistoryButton"));
    m_clear->setToolTip(tr("Delete the whole history. Asks first; cannot be undone."));

    m_progress = new QProgressBar(history);
    m_progress->setObjectName(QStringLiteral("historyProgress"));
    m_progress->setRange(0, 0); // how long an export takes is not known in advance
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_statusIcon = new QLabel(history);
    m_statusIcon->setObjectName(QStringLiteral("historyStatusIcon"));
    m_statusIcon->hide();
    m_status = new QLabel(history);
    m_status->setObjectName(QStringLiteral("historyStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(retentionLabel, m_retention);
    form->addRow(static_cast<QWidget *>(nullptr),
                 hintLabel(tr("Incidents, their updates and the status changes of every service are kept "
                              "this long, for the history chart and exports; older ones are deleted. Your "
                              "sources and settings are not part of the history."),
                           history));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    auto *status = new QHBoxLayout;
    status->addWidget(m_progress);
    status->addWidget(m_statusIcon, 0, Qt::AlignTop);
    status->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(history);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addLayout(status);

    auto *pageLayout = new QVBoxLayout(this);
    pageLayout->addWidget(history);
    pageLayout->addStretch(1);

    connect(m_retention, &QSpinBox::valueChanged, this, &DataSettingsPage::changed);
    connect(m_export, &QPushButton::clicked, this, &DataSettingsPage::chooseExportFile);
    connect(m_clear, &QPushButton::clicked, this, &DataSettingsPage::confirmClear);
    setRetentionDays(365);
}

void DataSettingsPage::setRetentionDays(int days)
{
    const QSignalBlocker blocker(this);
    m_retention->setValue(std::clamp(days, minimumRetentionDays, maximumRetentionDays));
}

int DataSettingsPage::retentionDays() const
{
    return m_retention->value();
}

void DataSettingsPage::exportTo(const QString &path, bool json)
{
    emit exportRequested(path, json);
}

void DataSettingsPage::setBusy(const QString &message)
{
    m_export->setEnabled(false);
    m_clear->setEnabled(false);
    m_progress->setAccessibleName(message);
    m_progress->show();
    m_statusIcon->hide();
    m_status->setFont(font());
    m_status->setText(message);
    m_status->setAccessibleName(message);
}

void DataSettingsPage::setResult(const QString &message, bool ok)
{
    m_export->setEnabled(true);
    m_clear->setEnabled(true);
    m_progress->hide();
    const QStyle::StandardPixmap icon = ok ? QStyle::SP_MessageBoxInformation : QStyle::SP_MessageBoxCritical;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_statusIcon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(iconSize));
    m_statusIcon->setVisible(!message.isEmpty());
    QFont font = this->font();
    font.setBold(!ok);
    m_status->setFont(font);
    m_status->setText(message);
    m_status->setAccessibleName(ok ? message : tr("Error: %1").arg(message));
}

void DataSettingsPage::chooseExportFile()
{
    const QString csvFilter = tr("CSV files (*.csv)");
    const QString jsonFilter = tr("JSON files (*.json)");
    QString chosenFilter = csvFilter;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export History"), QDir(folder).filePath(QStringLiteral("outage-radar-history.csv")),
        csvFilter + QStringLiteral(";;") + jsonFilter, &chosenFilter);
    if (path.isEmpty())
        return;
    // A suffix the user typed wins over the filter; without one, the filter's is added.
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool json = chosenFilter == jsonFilter;
    if (suffix == u"json" || suffix == u"csv")
        json = suffix == u"json";
    else
        path += json ? QStringLiteral(".json") : QStringLiteral(".csv");
    exportTo(path, json);
}

void DataSettingsPage::confirmClear()
{
    const QMessageBox::StandardButton answer = QMessageBox::warning(
        this, tr("Clear History"),
        tr("Delete every incident, update and status change Outage Radar has recorded? This cannot be "
           "undone.\n\nYour sources and settings are kept, and recording starts afresh."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        emit clearRequested();
}

} // namespace radar
