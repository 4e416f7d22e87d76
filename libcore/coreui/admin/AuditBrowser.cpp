#include "AuditBrowser.h"

#include "AuditValueText.h"
#include "DateLineEdit.h"
#include "ErrorMessage.h"
#include "InlineErrorLabel.h"

#include "CoreServices.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace OpenMairie::CoreUi {

using namespace OpenMairie::Core;

namespace {
const QColor kChangedBackground(255, 243, 205);

QTableWidget *readOnlyTable(int columns, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    return table;
}
} // namespace

AuditBrowser::AuditBrowser(CoreServices &services, QWidget *parent) : QDialog(parent), m_services(services)
{
    setObjectName(QStringLiteral("auditBrowser"));
    setWindowTitle(tr("Journal d'audit"));
    buildFilters();

    m_results = readOnlyTable(ColumnCount,
                              {tr("Date et heure"), tr("Utilisateur"), tr("Commune"), tr("Module"), tr("Table"),
                               tr("N°"), tr("Action"), tr("Champs modifiés")},
                              this);
    m_results->setObjectName(QStringLiteral("auditResults"));
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_detail = readOnlyTable(3, {tr("Champ"), tr("Avant"), tr("Après")}, this);
    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_detail->horizontalHeader()->setSectionResizeMode(DetailBefore, QHeaderView::Stretch);
    m_detail->horizontalHeader()->setSectionResizeMode(DetailAfter, QHeaderView::Stretch);
    m_detailTitle = new QLabel(tr("Sélectionnez un événement pour voir les valeurs avant et après."), this);
    m_detailTitle->setObjectName(QStringLiteral("detailTitle"));
    m_detailTitle->setWordWrap(true);

    auto *detailPane = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detail, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_results);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_export = new QPushButton(tr("E&xporter en CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setVisible(m_services.permissions().sessionAllows(AuditQuery::exportPermission()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Fermer"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1100, 720);

    connect(m_results, &QTableWidget::currentCellChanged, this, [this](int row) { showDetail(row); });
    connect(m_export, &QPushButton::clicked, this, &AuditBrowser::chooseExportFile);
    fillChoices();
    search();
}

void AuditBrowser::buildFilters()
{
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("userCombo"));
    m_user->setEditable(true);
    m_commune = new QComboBox(this);
    m_commune->setObjectName(QStringLiteral("communeCombo"));
    m_module = new QComboBox(this);
    m_module->setObjectName(QStringLiteral("moduleCombo"));
    m_table = new QLineEdit(this);
    m_table->setObjectName(QStringLiteral("tableEdit"));
    m_table->setPlaceholderText(tr("ex. : reglement_arrete"));
    m_record = new QLineEdit(this);
    m_record->setObjectName(QStringLiteral("recordEdit"));
    m_record->setPlaceholderText(tr("tous"));
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("actionCombo"));
    m_from = new DateLineEdit(this);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_to = new DateLineEdit(this);
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_search = new QPushButton(tr("&Rechercher"), this);
    m_search->setObjectName(QStringLiteral("searchButton"));
    m_search->setDefault(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_error = new InlineErrorLabel(this);

    auto *box = new QGroupBox(tr("Filtres"), this);
    auto *grid = new QGridLayout(box);
    const auto addField = [grid, box](int row, int column, const QString &label, QWidget *field) {
        auto *l = new QLabel(label, box);
        l->setBuddy(field);
        grid->addWidget(l, row, column * 2);
        grid->addWidget(field, row, column * 2 + 1);
    };
    addField(0, 0, tr("&Utilisateur :"), m_user);
    addField(0, 1, tr("&Commune :"), m_commune);
    addField(0, 2, tr("&Module :"), m_module);
    addField(1, 0, tr("&Table :"), m_table);
    addField(1, 1, tr("N° d'&enregistrement :"), m_record);
    addField(1, 2, tr("&Action :"), m_action);
    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("au"), box));
    period->addWidget(m_to);
    auto *periodLabel = new QLabel(tr("&Du :"), box);
    periodLabel->setBuddy(m_from);
    grid->addWidget(periodLabel, 2, 0);
    grid->addLayout(period, 2, 1);
    grid->addWidget(m_search, 2, 5);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 1);

    auto *status = new QHBoxLayout;
    status->addWidget(m_error, 1);
    status->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(box);
    layout->addLayout(status);
    connect(m_search, &QPushButton::clicked, this, &AuditBrowser::search);
    for (QLineEdit *edit : {static_cast<QLineEdit *>(m_table), m_record, static_cast<QLineEdit *>(m_from),
                            static_cast<QLineEdit *>(m_to)})
        connect(edit, &QLineEdit::returnPressed, this, &AuditBrowser::search);
}

void AuditBrowser::fillChoices()
{
    m_user->addItem(tr("(tous)"), QString());
    // The accounts' list needs the right to manage them; an auditor without it types the login.
    if (m_services.permissions().sessionAllows(UserAccountService::managePermission())) {
        if (Result<QList<UserAccount>> accounts = m_services.users().list(); accounts) {
            for (const UserAccount &a : accounts.value())
                m_user->addItem(a.nom.isEmpty() ? a.login : tr("%1 (%2)").arg(a.login, a.nom), a.login);
        }
    }
    m_commune->addItem(tr("(toutes)"), 0);
    if (Result<QList<SessionCommune>> communes = m_services.communes().all(); communes) {
        for (const SessionCommune &c : communes.value())
            m_commune->addItem(tr("%1 (%2)").arg(c.nom, c.codeInsee), c.id);
    }
    m_module->addItem(tr("(tous)"), QString());
    m_module->addItem(tr("Administration et outils communs"), QStringLiteral("core"));
    for (const ModuleSpec *spec : m_services.modules().activeModules())
        m_module->addItem(spec->name(), spec->id());
    m_action->addItem(tr("(toutes)"), QString());
    for (const QString &action : {QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("delete"),
                                  QStringLiteral("login"), QStringLiteral("login_failed"), QStringLiteral("export"),
                                  QStringLiteral("print")})
        m_action->addItem(AuditRow::actionLabel(action), action);
}

AuditFilter AuditBrowser::currentFilter() const
{
    AuditFilter filter;
    const int userIndex = m_user->findText(m_user->currentText());
    filter.user = userIndex >= 0 ? m_user->itemData(userIndex).toString() : m_user->currentText().trimmed();
    filter.communeId = m_commune->currentData().toLongLong();
    filter.module = m_module->currentData().toString();
    filter.table = m_table->text().trimmed();
    filter.recordId = m_record->text().trimmed().toLongLong();
    filter.action = m_action->currentData().toString();
    filter.from = m_from->date();
    filter.to = m_to->date();
    return filter;
}

QString AuditBrowser::errorText() const
{
    return m_error->shownMessage();
}

bool AuditBrowser::search()
{
    m_error->showMessage({});
    QString problem;
    bool recordOk = true;
    if (const QString record = m_record->text().trimmed(); !record.isEmpty()) {
        const qint64 number = record.toLongLong(&recordOk);
        recordOk = recordOk && number > 0;
    }
    if (!recordOk)
        problem = tr("Le n° d'enregistrement « %1 » n'est pas un nombre : saisissez le numéro de la fiche (ex. : 42) "
                     "ou laissez le champ vide.")
                      .arg(m_record->text().trimmed());
    else if (!m_from->isAcceptable())
        problem = tr("Date de début : %1").arg(m_from->errorText());
    else if (!m_to->isAcceptable())
        problem = tr("Date de fin : %1").arg(m_to->errorText());
    else if (m_from->date().isValid() && m_to->date().isValid() && m_from->date() > m_to->date())
        problem = tr("La période est inversée : la date de début (%1) est après la date de fin (%2).")
                      .arg(m_from->text(), m_to->text());
    if (!problem.isEmpty()) {
        m_error->showMessage(problem);
        return false;
    }

    Result<QList<AuditRow>> found = m_services.auditQuery().find(currentFilter());
    if (!found) {
        showError(found.error());
        return false;
    }
    m_rows = found.value();
    m_results->setRowCount(0);
    m_results->setRowCount(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row) {
        const AuditRow &r = m_rows.at(row);
        const QStringList cells{
            r.when.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")),
            r.user,
            r.communeName,
            r.module,
            r.table,
            r.recordId > 0 ? QString::number(r.recordId) : QString(),
            AuditRow::actionLabel(r.action),
            r.changedFields().join(QStringLiteral(", ")),
        };
        for (int column = 0; column < ColumnCount; ++column)
            m_results->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_results->resizeColumnsToContents();
    const int limit = currentFilter().limit;
    m_count->setText(m_rows.size() >= limit
                         ? tr("%1 premiers événements : précisez les filtres pour voir les autres.").arg(limit)
                         : tr("%n événement(s)", nullptr, int(m_rows.size())));
    if (!m_rows.isEmpty())
        m_results->setCurrentCell(0, 0);
    else
        showDetail(-1);
    return true;
}

void AuditBrowser::showDetail(int row)
{
    m_detail->setRowCount(0);
    if (row < 0 || row >= m_rows.size()) {
        m_detailTitle->setText(tr("Sélectionnez un événement pour voir les valeurs avant et après."));
        return;
    }
    const AuditRow &r = m_rows.at(row);
    QString title = tr("%1 par %2 le %3").arg(AuditRow::actionLabel(r.action), r.user,
                                              r.when.toLocalTime().toString(QStringLiteral("dd/MM/yyyy à HH:mm:ss")));
    if (!r.table.isEmpty())
        title += tr(" — %1 n° %2").arg(r.table).arg(r.recordId);
    if (!r.comment.isEmpty())
        title += QStringLiteral(" — ") + r.comment;
    m_detailTitle->setText(title);

    QStringList fields = r.before.keys();
    for (const QString &key : r.after.keys())
        if (!fields.contains(key))
            fields.append(key);
    const QStringList changed = r.changedFields();
    // What changed first, so that the agent sees it without scrolling; then the rest, by name.
    std::sort(fields.begin(), fields.end(), [&changed](const QString &a, const QString &b) {
        const bool ca = changed.contains(a);
        const bool cb = changed.contains(b);
        return ca != cb ? ca : a < b;
    });
    m_detail->setRowCount(fields.size());
    for (int i = 0; i < fields.size(); ++i) {
        const QString &field = fields.at(i);
        const QList<QTableWidgetItem *> items{
            new QTableWidgetItem(field),
            new QTableWidgetItem(r.before.contains(field) ? AuditValueText::display(r.before.value(field)) : QString()),
            new QTableWidgetItem(r.after.contains(field) ? AuditValueText::display(r.after.value(field)) : QString()),
        };
        for (int column = 0; column < items.size(); ++column) {
            if (changed.contains(field)) {
                items.at(column)->setBackground(kChangedBackground);
                QFont font = items.at(column)->font();
                font.setBold(true);
                items.at(column)->setFont(font);
            }
            m_detail->setItem(i, column, items.at(column));
        }
    }
    m_detail->resizeColumnToContents(DetailField);
}

QStringList AuditBrowser::highlightedFields() const
{
    QStringList fields;
    for (int i = 0; i < m_detail->rowCount(); ++i)
        if (m_detail->item(i, DetailField)->font().bold())
            fields.append(m_detail->item(i, DetailField)->text());
    return fields;
}

void AuditBrowser::chooseExportFile()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("journal-audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Exporter le journal d'audit"), suggested, tr("Fichiers CSV (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool AuditBrowser::exportTo(const QString &path)
{
    Result<int> written = m_services.auditQuery().exportCsv(currentFilter(), path);
    if (!written) {
        showError(written.error());
        return false;
    }
    m_count->setText(tr("%n événement(s) exporté(s) dans %1", nullptr, written.value()).arg(QDir::toNativeSeparators(path)));
    return true;
}

void AuditBrowser::showError(const Error &error)
{
    m_error->showMessage(error.message());
    ErrorMessage::show(this, tr("Journal d'audit"), error);
}

} // namespace OpenMairie::CoreUi
