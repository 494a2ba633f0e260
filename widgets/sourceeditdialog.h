// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/source.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace radar {

/// Where a source comes from: the provider catalog fixes its address.
enum class SourceOrigin : quint8 { Custom, Catalog };

/// Edits one source: name, address, kind, poll interval, the services and regions to show, and the
/// header and secret of a private status page. OK stays disabled while a value is invalid, and the
/// reason shows in the dialog. It only edits values: the secret is stored by the caller.
class SourceEditDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SourceEditDialog(QWidget *parent = nullptr);

    /// Shows the source; a catalog entry's address cannot be edited.
    void setSource(const SourceConfig &source, SourceOrigin origin = SourceOrigin::Custom);
    /// The source as edited; the fields the dialog does not show (id, enabled) are kept.
    SourceConfig source() const;

    /// Why the values cannot be accepted, or an empty string.
    QString validationError() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QComboBox *kindBox() const { return m_kind; }
    QSpinBox *intervalBox() const { return m_interval; }
    QLineEdit *servicesEdit() const { return m_services; }
    QLineEdit *regionsEdit() const { return m_regions; }
    QLineEdit *secretHeaderEdit() const { return m_secretHeader; }
    QLineEdit *secretValueEdit() const { return m_secretValue; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *okButton() const;

private:
    void validate();

    SourceConfig m_source;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QComboBox *m_kind = nullptr;
    QSpinBox *m_interval = nullptr;
    QLineEdit *m_services = nullptr;
    QLineEdit *m_regions = nullptr;
    QLineEdit *m_secretHeader = nullptr;
    QLineEdit *m_secretValue = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace radar
