// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceeditdialog.h"

#include "formlabels.h"

#include "domain/sourcerules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace radar {

namespace {

/// "ec2, s3 ,,lambda" -> {"ec2", "s3", "lambda"}
QStringList idList(const QString &text)
{
    QStringList ids;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString id = part.trimmed();
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

QLineEdit *lineEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

/// A small explanation under a field.
} // namespace

SourceEditDialog::SourceEditDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("sourceEditDialog"));
    setWindowTitle(tr("Edit Source"));

    m_name = lineEdit(QStringLiteral("sourceNameEdit"), tr("Name"), this);
    m_name->setToolTip(tr("How the grid, the notifications and the settings name this source"));
    m_url = lineEdit(QStringLiteral("sourceUrlEdit"), tr("Feed address"), this);
    m_url->setPlaceholderText(QStringLiteral("https://status.example.com/api/v2/summary.json"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("sourceKindBox"));
    m_kind->setAccessibleName(tr("Feed kind"));
    m_kind->setToolTip(tr("Automatic reads the feed and picks the matching reader."));
    for (FeedKind kind : allFeedKinds())
        m_kind->addItem(feedKindText(kind), int(kind));

    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("sourceIntervalBox"));
    m_interval->setAccessibleName(tr("Poll interval in seconds"));
    m_interval->setRange(int(minimumPollInterval.count()), int(maximumPollInterval.count()));
    m_interval->setSuffix(tr(" s"));
    m_interval->setToolTip(tr("How often the feed is asked. Most status pages update within a minute."));

    m_services = lineEdit(QStringLiteral("sourceServicesEdit"), tr("Services to show"), this);
    m_services->setPlaceholderText(tr("Empty shows everything"));
    m_services->setToolTip(tr("Service ids separated by commas, as the feed names them: ec2, s3"));
    m_regions = lineEdit(QStringLiteral("sourceRegionsEdit"), tr("Regions to show"), this);
    m_regions->setPlaceholderText(tr("Empty shows everything"));
    m_regions->setToolTip(tr("Region ids separated by commas: us-east-1, europe-north1, global"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Interval:"), m_interval);
    form->addRow(tr("&Services:"), m_services);
    form->addRow(tr("&Regions:"), m_regions);

    auto *privatePage = new QGroupBox(tr("Private status page"), this);
    m_secretHeader = lineEdit(QStringLiteral("sourceSecretHeaderEdit"), tr("Header name"), privatePage);
    m_secretHeader->setPlaceholderText(QStringLiteral("Authorization"));
    m_secretHeader->setToolTip(tr("The HTTP header the secret is sent in, such as Authorization"));
    m_secretValue = lineEdit(QStringLiteral("sourceSecretValueEdit"), tr("Secret value"), privatePage);
    m_secretValue->setEchoMode(QLineEdit::Password);
    m_secretValue->setAccessibleDescription(
        tr("The token sent in the header, kept in the system's keychain"));
    auto *privateForm = new QFormLayout(privatePage);
    privateForm->addRow(tr("&Header:"), m_secretHeader);
    privateForm->addRow(tr("Secret &value:"), m_secretValue);
    privateForm->addRow(hintLabel(tr("The value is kept in your system's keychain, never in the settings "
                                     "file or an exported configuration."),
                                  privatePage));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("sourceEditError"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    okButton()->setToolTip(tr("Keeps the changes to this source; the settings apply them"));
    m_buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Closes without changing the source"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SourceEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SourceEditDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(privatePage);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_name, m_url, m_secretHeader, m_secretValue})
        connect(edit, &QLineEdit::textChanged, this, &SourceEditDialog::validate);
    setSource(SourceConfig());
}

void SourceEditDialog::setSource(const SourceConfig &source, SourceOrigin origin)
{
    m_source = source;
    m_name->setText(source.name);
    m_url->setText(source.url.toString());
    const bool catalog = origin == SourceOrigin::Catalog;
    m_url->setReadOnly(catalog);
    m_url->setToolTip(catalog ? tr("A provider of the catalog keeps its address; add a source by URL to "
                                   "watch another feed.")
                              : tr("The feed's address, starting with https://, http:// or file://"));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(source.kind))));
    m_interval->setValue(int(source.interval.count()));
    m_services->setText(source.services.join(QStringLiteral(", ")));
    m_regions->setText(source.regions.join(QStringLiteral(", ")));
    m_secretHeader->setText(source.secretHeader);
    m_secretValue->setText(source.secretValue);
    if (!source.name.isEmpty())
        setWindowTitle(tr("Edit %1").arg(source.name));
    validate();
}

SourceConfig SourceEditDialog::source() const
{
    SourceConfig source = m_source;
    source.name = m_name->text().trimmed();
    source.url = QUrl(m_url->text().trimmed());
    source.kind = FeedKind(m_kind->currentData().toInt());
    source.interval = std::chrono::seconds(m_interval->value());
    source.services = idList(m_services->text());
    source.regions = idList(m_regions->text());
    source.secretHeader = m_secretHeader->text().trimmed();
    source.secretValue = m_secretValue->text();
    return source;
}

QString SourceEditDialog::validationError() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the source a name.");
    const QString address = m_url->text().trimmed();
    if (address.isEmpty())
        return tr("Enter the address of the feed.");
    switch (sourceUrlProblem(QUrl(address, QUrl::StrictMode))) {
    case SourceUrlProblem::None:
        break;
    case SourceUrlProblem::Unsupported:
        return tr("The address must start with http://, https:// or file://.");
    case SourceUrlProblem::NoHost:
        return tr("The address has no server name: write it as https://status.example.com/...");
    case SourceUrlProblem::UserInfo:
        return tr("Leave the user name and password out of the address: they would be saved with the "
                  "settings and exported. For a private page, give its header and secret value below.");
    }
    const QString header = m_secretHeader->text().trimmed();
    if (!header.isEmpty() && !isHeaderName(header))
        return tr("A header name is up to 64 letters, digits and marks such as - and _, with no spaces or "
                  "colons: Authorization, X-Api-Key.");
    if (header.isEmpty() && !m_secretValue->text().isEmpty())
        return tr("Name the header the secret value is sent in, such as Authorization.");
    return QString();
}

QPushButton *SourceEditDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void SourceEditDialog::validate()
{
    const QString error = validationError();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    okButton()->setEnabled(error.isEmpty());
}

} // namespace radar
