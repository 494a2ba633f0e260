// SPDX-License-Identifier: GPL-3.0-or-later
#include "addsourcedialog.h"

#include "choicelist.h"
#include "domain/sourcerules.h"
#include "sourcenaming.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace radar {

namespace {

QLabel *plainLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // feed text is never rendered as rich text
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

AddSourceDialog::AddSourceDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("addSourceDialog"));
    setWindowTitle(tr("Add a source"));
    setMinimumWidth(560);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("addSourceButtons"));
    addButton()->setText(tr("&Add"));
    addButton()->setAccessibleName(tr("Add the source"));
    addButton()->setAccessibleDescription(tr("Adds the feed that was found, showing what is ticked"));
    addButton()->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setAccessibleDescription(tr("Closes without adding a source"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createLookupPart());
    layout->addWidget(createPreviewPart(), 1);
    layout->addWidget(createSourcePart());
    layout->addWidget(m_buttons);

    clearPreview();
    m_url->setFocus();
}

QWidget *AddSourceDialog::createLookupPart()
{
    auto *part = new QWidget(this);

    m_url = new QLineEdit(part);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setPlaceholderText(tr("https://status.example.com"));
    m_url->setAccessibleName(tr("Address of the status page or feed"));
    m_url->setToolTip(tr("A status page's address (Outage Radar finds its feed) or the feed's own address: "
                         "https://…/api/v2/summary.json, an RSS or Atom feed, or a file:// path."));
    m_url->setClearButtonEnabled(true);
    m_url->installEventFilter(this);
    // What is shown must belong to what is asked: another address or kind forgets the lookup.
    connect(m_url, &QLineEdit::textEdited, this, &AddSourceDialog::forgetLookup);

    m_lookUp = new QPushButton(tr("&Look up"), part);
    m_lookUp->setObjectName(QStringLiteral("lookUpButton"));
    m_lookUp->setAccessibleName(tr("Look up the address"));
    m_lookUp->setToolTip(tr("Finds the feed at this address and shows what it reports (Enter)"));
    m_lookUp->setDefault(true);
    connect(m_lookUp, &QPushButton::clicked, this, &AddSourceDialog::requestLookup);

    m_kind = new QComboBox(part);
    m_kind->setObjectName(QStringLiteral("kindBox"));
    m_kind->setAccessibleName(tr("Kind of feed"));
    m_kind->setToolTip(tr("Automatic recognises the feed by its content; choose a kind if it does not"));
    for (const FeedKind kind : allFeedKinds())
        m_kind->addItem(feedKindText(kind), feedKindName(kind));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AddSourceDialog::forgetLookup);

    m_privatePage = new QGroupBox(tr("&Private page: send a secret header"), part);
    m_privatePage->setObjectName(QStringLiteral("privatePageBox"));
    m_privatePage->setAccessibleName(tr("Private page"));
    m_privatePage->setCheckable(true);
    m_privatePage->setChecked(false);
    m_privatePage->setToolTip(tr("For a status page that needs a token. The value is kept in your "
                                 "system's keychain, never in the settings or an exported configuration."));
    m_headerName = new QLineEdit(QStringLiteral("Authorization"), m_privatePage);
    m_headerName->setObjectName(QStringLiteral("headerNameEdit"));
    m_headerName->setAccessibleName(tr("Header name"));
    m_headerName->setToolTip(tr("The HTTP header the secret is sent in, such as Authorization"));
    m_secretValue = new QLineEdit(m_privatePage);
    m_secretValue->setObjectName(QStringLiteral("secretValueEdit"));
    m_secretValue->setAccessibleName(tr("Secret value"));
    m_secretValue->setAccessibleDescription(
        tr("The token sent in the header, kept in the system's keychain"));
    m_secretValue->setEchoMode(QLineEdit::Password);
    m_secretValue->setPlaceholderText(tr("Bearer …"));
    auto *privateForm = new QFormLayout(m_privatePage);
    privateForm->addRow(tr("&Header:"), m_headerName);
    privateForm->addRow(tr("Secret &value:"), m_secretValue);

    m_busy = new QProgressBar(part);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setAccessibleName(tr("Looking up"));
    m_busy->setRange(0, 0); // indeterminate: how many places will be asked is not known ahead
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    m_statusIcon = new QLabel(part);
    m_statusIcon->setObjectName(QStringLiteral("statusIcon"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_statusIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_statusIcon->hide();
    m_status = plainLabel(QStringLiteral("statusLabel"), part);
    m_status->setAccessibleName(tr("Lookup status"));

    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_lookUp);
    auto *form = new QFormLayout;
    auto *urlLabel = new QLabel(tr("Status page or feed &URL:"), part);
    urlLabel->setBuddy(m_url);
    form->addRow(urlLabel, urlRow);
    form->addRow(tr("&Kind:"), m_kind);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_busy, 0, Qt::AlignTop);
    statusRow->addWidget(m_statusIcon, 0, Qt::AlignTop);
    statusRow->addWidget(m_status, 1);

    auto *layout = new QVBoxLayout(part);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_privatePage);
    layout->addLayout(statusRow);

    setTabOrder(m_url, m_lookUp);
    setTabOrder(m_lookUp, m_kind);
    setTabOrder(m_kind, m_privatePage);
    return part;
}

QWidget *AddSourceDialog::createPreviewPart()
{
    m_preview = new QGroupBox(tr("What was found"), this);
    m_preview->setObjectName(QStringLiteral("previewBox"));

    m_foundProvider = plainLabel(QStringLiteral("foundProvider"), m_preview);
    m_foundKind = plainLabel(QStringLiteral("foundKind"), m_preview);
    m_foundFeed = plainLabel(QStringLiteral("foundFeed"), m_preview);
    m_foundIncidents = plainLabel(QStringLiteral("foundIncidents"), m_preview);
    auto *facts = new QFormLayout;
    facts->addRow(tr("Provider:"), m_foundProvider);
    facts->addRow(tr("Kind:"), m_foundKind);
    facts->addRow(tr("Feed:"), m_foundFeed);
    facts->addRow(tr("Open now:"), m_foundIncidents);
    m_noServices = plainLabel(QStringLiteral("noServicesNote"), m_preview);
    m_noServices->setText(tr("This feed names no components: everything it reports is shown."));

    m_services = new ChoiceList({tr("Co&mponents to show:"), tr("Components to show"),
                                 tr("Unticked components are not shown. With every one ticked, components "
                                    "the page adds later are shown too."),
                                 tr("Selec&t all"), tr("Select n&one"), QStringLiteral("serviceList"),
                                 QStringLiteral("allServicesButton"), QStringLiteral("noServicesButton")},
                                m_preview);
    m_regions =
        new ChoiceList({tr("&Regions to show:"), tr("Regions to show"),
                        tr("Unticked regions are not shown. With every one ticked, regions the feed "
                           "adds later are shown too."),
                        tr("Select all re&gions"), tr("Select no region&s"), QStringLiteral("regionList"),
                        QStringLiteral("allRegionsButton"), QStringLiteral("noRegionsButton")},
                       m_preview);
    connect(m_services, &ChoiceList::changed, this, &AddSourceDialog::updateAcceptable);
    connect(m_regions, &ChoiceList::changed, this, &AddSourceDialog::updateAcceptable);
    auto *lists = new QHBoxLayout;
    lists->addWidget(m_services, 1);
    lists->addWidget(m_regions, 1);

    auto *layout = new QVBoxLayout(m_preview);
    layout->addLayout(facts);
    layout->addWidget(m_noServices);
    layout->addLayout(lists, 1);
    return m_preview;
}

QWidget *AddSourceDialog::createSourcePart()
{
    auto *part = new QWidget(this);
    part->setObjectName(QStringLiteral("sourcePart"));
    m_sourcePart = part;

    m_name = new QLineEdit(part);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Name of the source"));
    m_name->setToolTip(tr("How the grid, the notifications and the settings name this source"));
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameEdited = true;
        updateAcceptable();
    });

    m_id = new QLineEdit(part);
    m_id->setObjectName(QStringLiteral("idEdit"));
    m_id->setAccessibleName(tr("Id of the source"));
    m_id->setToolTip(tr("A short, unique name for scripts and exported configurations: lower-case "
                        "letters, digits and hyphens."));
    // Only what an id may hold is taken as typed; isSourceId() judges the whole.
    m_id->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^[A-Za-z0-9-]*$")), m_id));
    m_id->setMaxLength(maximumSourceIdLength);
    connect(m_id, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_idEdited = true;
        if (text != text.toLower()) {
            const int cursor = m_id->cursorPosition();
            m_id->setText(text.toLower());
            m_id->setCursorPosition(cursor);
        }
        updateAcceptable();
    });
    m_idNote = plainLabel(QStringLiteral("idNote"), part);
    m_idNote->hide();

    m_interval = new QSpinBox(part);
    m_interval->setObjectName(QStringLiteral("intervalBox"));
    m_interval->setAccessibleName(tr("Poll interval in seconds"));
    m_interval->setRange(int(minimumPollInterval.count()), int(maximumPollInterval.count()));
    m_interval->setValue(int(defaultPollInterval.count()));
    m_interval->setSuffix(tr(" s"));
    m_interval->setToolTip(tr("How often the feed is asked. Most status pages update within a minute."));

    auto *form = new QFormLayout(part);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Id:"), m_id);
    form->addRow(QString(), m_idNote);
    form->addRow(tr("Poll &every:"), m_interval);
    return part;
}

QListWidget *AddSourceDialog::serviceList() const
{
    return m_services->list();
}

QListWidget *AddSourceDialog::regionList() const
{
    return m_regions->list();
}

QPushButton *AddSourceDialog::addButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void AddSourceDialog::setExistingIds(const QStringList &ids)
{
    m_existingIds = ids;
    if (!m_idEdited && !m_found.feedUrl.isEmpty())
        offerNameAndId();
    updateAcceptable();
}

bool AddSourceDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the address field looks it up, whichever button is the default.
    if (watched == m_url && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            requestLookup();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void AddSourceDialog::requestLookup()
{
    const QString text = m_url->text().trimmed();
    if (text.isEmpty()) {
        showError(tr("Enter the address of a status page, such as https://www.githubstatus.com, or of "
                     "its feed."));
        return;
    }
    const QUrl url = sourcenaming::urlFromText(text);
    const SourceUrlProblem problem = sourceUrlProblem(url);
    if (problem == SourceUrlProblem::UserInfo) {
        showError(tr("Leave the user name and password out of the address: they would be saved with the "
                     "settings. For a private page, tick Private page and give its token there."));
        return;
    }
    if (problem != SourceUrlProblem::None) {
        showError(tr("“%1” is not an address Outage Radar can read: enter an https:// (or http:// or "
                     "file://) address.")
                      .arg(text));
        return;
    }
    QList<QPair<QByteArray, QByteArray>> headers;
    if (m_privatePage->isChecked()) {
        const QString name = m_headerName->text().trimmed();
        const QString value = m_secretValue->text();
        if (!isHeaderName(name)) {
            showError(tr("A header name is up to 64 letters, digits and marks such as - and _, with no "
                         "spaces or colons: Authorization, X-Api-Key."));
            m_headerName->setFocus();
            return;
        }
        if (value.isEmpty() || value.contains(u'\n') || value.contains(u'\r')) {
            showError(tr("Enter the secret value on one line, or untick Private page."));
            m_secretValue->setFocus();
            return;
        }
        headers.append({name.toLatin1(), value.toUtf8()});
    }
    clearPreview();
    m_asked = url;
    showProgress(tr("Looking up %1…").arg(url.toDisplayString()));
    emit lookupRequested(url, feedKindFromName(m_kind->currentData().toString()).value_or(FeedKind::Auto),
                         headers);
}

void AddSourceDialog::showProgress(const QString &message)
{
    if (m_asked.isEmpty())
        return; // a lookup the user has moved on from
    m_statusIcon->hide();
    m_status->setText(message);
    m_busy->show();
}

void AddSourceDialog::showError(const QString &message)
{
    m_asked = QUrl();
    m_busy->hide();
    m_statusIcon->show();
    m_status->setText(message);
}

void AddSourceDialog::showPreview(const FeedPreview &preview)
{
    if (m_asked.isEmpty() || preview.pasted != m_asked)
        return; // the address was edited or looked up again since
    m_asked = QUrl();
    m_busy->hide();
    if (!preview.ok()) {
        clearPreview();
        showError(preview.error);
        m_url->setFocus();
        return;
    }
    m_found = preview;
    m_statusIcon->hide();
    m_foundProvider->setText(preview.providerName.isEmpty() ? tr("(the feed gives no name)")
                                                            : preview.providerName);
    m_foundKind->setText(feedKindText(preview.kind));
    m_foundFeed->setText(preview.feedUrl.toDisplayString());
    m_foundIncidents->setText(tr("%n incident(s) or maintenance(s)", nullptr, preview.openIncidents));
    m_services->setChoices(preview.services);
    m_regions->setChoices(preview.regions);
    m_services->setVisible(!preview.services.isEmpty());
    m_noServices->setVisible(preview.services.isEmpty());
    m_regions->setVisible(!preview.regions.isEmpty());
    m_preview->show();
    m_sourcePart->show();
    offerNameAndId();
    updateAcceptable();
}

void AddSourceDialog::forgetLookup()
{
    m_asked = QUrl();
    clearPreview();
    m_busy->hide();
    m_statusIcon->hide();
    m_status->clear();
}

void AddSourceDialog::clearPreview()
{
    m_found = FeedPreview();
    m_services->setChoices({});
    m_regions->setChoices({});
    m_preview->hide();
    m_sourcePart->hide();
    updateAcceptable();
}

void AddSourceDialog::offerNameAndId()
{
    const QString name = sourcenaming::offeredName(m_found);
    if (!m_nameEdited)
        m_name->setText(name);
    if (!m_idEdited)
        m_id->setText(freeSourceId(name, m_existingIds));
}

void AddSourceDialog::updateAcceptable()
{
    const bool found = m_found.ok() && !m_found.feedUrl.isEmpty();
    const QString id = m_id->text();
    QString idProblem;
    if (found) {
        if (id.isEmpty())
            idProblem = tr("Enter an id: lower-case letters, digits and hyphens.");
        else if (!isSourceId(id))
            idProblem = tr("An id is lower-case letters and digits, with single hyphens between them.");
        else if (m_existingIds.contains(id))
            idProblem = tr("Another source already has the id “%1”: choose another.").arg(id);
    }
    m_idNote->setText(idProblem);
    m_idNote->setVisible(!idProblem.isEmpty());

    const bool nothingPicked = m_services->nothingChecked() || m_regions->nothingChecked();
    if (found) {
        m_status->setText(nothingPicked ? tr("Tick at least one component and one region to show.")
                                        : tr("Found a feed: pick what to show, then add it."));
    }
    const bool acceptable =
        found && !m_name->text().trimmed().isEmpty() && idProblem.isEmpty() && !nothingPicked;
    addButton()->setEnabled(acceptable);
    // Enter adds once there is something to add, and looks up until then.
    addButton()->setDefault(found);
    m_lookUp->setDefault(!found);
}

SourceConfig AddSourceDialog::source() const
{
    SourceConfig source;
    source.id = m_id->text();
    source.name = m_name->text().trimmed();
    source.url = m_found.feedUrl;
    source.kind = m_found.kind;
    source.interval = std::chrono::seconds(m_interval->value());
    source.enabled = true;
    source.services = m_services->checkedIds();
    source.regions = m_regions->checkedIds();
    if (m_privatePage->isChecked() && !m_secretValue->text().isEmpty()) {
        source.secretHeader = m_headerName->text().trimmed();
        source.secretValue = m_secretValue->text();
    }
    return source;
}

} // namespace radar
