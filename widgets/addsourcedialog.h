// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/source.h"
#include "feeds/feedpreview.h"

#include <QByteArray>
#include <QDialog>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace radar {

class ChoiceList;

/// "Add a source": the user pastes a status page's address, the composition root looks it up
/// (lookupRequested -> SourceProbe -> showProgress / showPreview), and the dialog shows what was
/// found, lets the user pick components, regions, name and interval, and returns a SourceConfig.
/// It never fetches anything itself.
class AddSourceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddSourceDialog(QWidget *parent = nullptr);

    /// Ids already taken; the id offered for a new source gets -2, -3… until it is free.
    void setExistingIds(const QStringList &ids);

    /// The source as configured: the feed found, the components and regions checked (empty lists
    /// when all are, which also shows what the feed adds later), enabled. Meaningful once accepted.
    SourceConfig source() const;

    QLineEdit *urlEdit() const { return m_url; }
    QComboBox *kindBox() const { return m_kind; }
    QPushButton *lookUpButton() const { return m_lookUp; }
    QGroupBox *privatePageBox() const { return m_privatePage; }
    QLineEdit *headerNameEdit() const { return m_headerName; }
    QLineEdit *secretValueEdit() const { return m_secretValue; }
    QProgressBar *busyIndicator() const { return m_busy; }
    QLabel *statusLabel() const { return m_status; }
    QGroupBox *previewBox() const { return m_preview; }
    /// The components and regions to pick from; their items keep the id in ChoiceList::IdRole.
    QListWidget *serviceList() const;
    QListWidget *regionList() const;
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *idEdit() const { return m_id; }
    QSpinBox *intervalBox() const { return m_interval; }
    QPushButton *addButton() const;

public slots:
    /// What the lookup is doing now.
    void showProgress(const QString &message);
    /// The lookup's outcome. A preview for another address than the one last looked up is ignored.
    void showPreview(const radar::FeedPreview &preview);

signals:
    /// The user asked to look `url` up, read as `kind`, sending `headers` (a private page's secret).
    void lookupRequested(const QUrl &url, radar::FeedKind kind,
                         const QList<QPair<QByteArray, QByteArray>> &headers);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createLookupPart();
    QWidget *createPreviewPart();
    QWidget *createSourcePart();
    void requestLookup();
    void showError(const QString &message);
    void forgetLookup();
    void clearPreview();
    void offerNameAndId();
    void updateAcceptable();

    QLineEdit *m_url = nullptr;
    QComboBox *m_kind = nullptr;
    QPushButton *m_lookUp = nullptr;
    QGroupBox *m_privatePage = nullptr;
    QLineEdit *m_headerName = nullptr;
    QLineEdit *m_secretValue = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_status = nullptr;
    QGroupBox *m_preview = nullptr;
    QLabel *m_foundProvider = nullptr;
    QLabel *m_foundKind = nullptr;
    QLabel *m_foundFeed = nullptr;
    QLabel *m_foundIncidents = nullptr;
    QLabel *m_noServices = nullptr;
    ChoiceList *m_services = nullptr;
    ChoiceList *m_regions = nullptr;
    QWidget *m_sourcePart = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_id = nullptr;
    QLabel *m_idNote = nullptr;
    QSpinBox *m_interval = nullptr;
    QDialogButtonBox *m_buttons = nullptr;

    QStringList m_existingIds;
    QUrl m_asked; // the address last looked up; empty when none is under way or shown
    FeedPreview m_found; // ok() only while a successful preview is shown
    bool m_nameEdited = false; // the user's own name and id are never overwritten
    bool m_idEdited = false;
};

} // namespace radar
