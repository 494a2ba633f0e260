// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace radar {

/// The settings dialog's Data page: how long the incident history is kept, and exporting or
/// clearing it. It edits the retention and asks for the rest by signals; the composition root runs
/// the export or the clearing on the database thread and reports back with setBusy() and
/// setResult().
class DataSettingsPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int minimumRetentionDays = 1;
    static constexpr int maximumRetentionDays = 3650;

    explicit DataSettingsPage(QWidget *parent = nullptr);

    /// Shows the retention, clamped to 1 to 3650 days; emits nothing.
    void setRetentionDays(int days);
    int retentionDays() const;

    /// What the Export button does once the user has chosen a file; tests call it directly.
    void exportTo(const QString &path, bool json);

    /// An export or a clearing is under way: both buttons are disabled and a progress bar runs
    /// beside the message, until setResult().
    void setBusy(const QString &message);
    /// How the export or clearing ended. A failure shows an error icon and bold text, so that it
    /// does not depend on colour, and says "Error" to assistive technology.
    void setResult(const QString &message, bool ok);

    QSpinBox *retentionBox() const { return m_retention; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *clearButton() const { return m_clear; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusIcon() const { return m_statusIcon; }
    QLabel *statusLabel() const { return m_status; }

signals:
    /// The user changed the retention.
    void changed();
    /// Write the whole history to `path`, as JSON or else as CSV.
    void exportRequested(const QString &path, bool json);
    /// The user confirmed that the whole history goes.
    void clearRequested();

private:
    void chooseExportFile();
    void confirmClear();

    QSpinBox *m_retention = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_clear = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace radar
