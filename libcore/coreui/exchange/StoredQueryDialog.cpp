#include "StoredQueryDialog.h"

#include "ColumnPicker.h"
#include "CsvExporter.h"
#include "ExportTargetPicker.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace OpenMairie::CoreUi {

using namespace OpenMairie::Core;

StoredQueryDialog::StoredQueryDialog(ExportService &service, const QList<StoredQuery> &queries, QWidget *parent)
    : QDialog(parent), m_service(service), m_queries(queries), m_query(new QComboBox(this)),
      m_description(new QLabel(this)), m_columns(new ColumnPicker(this)), m_sort1(new QComboBox(this)),
      m_order1(new QComboBox(this)), m_sort2(new QComboBox(this)), m_order2(new QComboBox(this)),
      m_limit(new QSpinBox(this)), m_preview(new QTableWidget(this)), m_previewInfo(new QLabel(this)),
      m_target(new ExportTargetPicker(this)), m_personalNotice(new QLabel(this)), m_error(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_exportButton(new QPushButton(tr("Exporter"), this))
{
    setWindowTitle(tr("Requêtes mémorisées"));
    m_query->setObjectName(QStringLiteral("queryCombo"));
    m_description->setWordWrap(true);
    m_sort1->setObjectName(QStringLiteral("sort1Combo"));
    m_order1->setObjectName(QStringLiteral("order1Combo"));
    m_sort2->setObjectName(QStringLiteral("sort2Combo"));
    m_order2->setObjectName(QStringLiteral("order2Combo"));
    m_limit->setObjectName(QStringLiteral("limitSpin"));
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_previewInfo->setObjectName(QStringLiteral("previewInfo"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_error->hide();
    m_personalNotice->setObjectName(QStringLiteral("personalDataNotice"));
    m_personalNotice->setWordWrap(true);
    m_personalNotice->setText(tr("Ces données sont personnelles : chaque export est inscrit au journal d'audit."));
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->hide();
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    for (QComboBox *order : {m_order1, m_order2}) {
        order->addItem(tr("croissant"), int(Qt::AscendingOrder));
        order->addItem(tr("décroissant"), int(Qt::DescendingOrder));
    }
    m_limit->setRange(0, 10000000);
    m_limit->setSpecialValueText(tr("toutes"));
    m_limit->setSuffix(tr(" lignes"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    for (const StoredQuery &q : std::as_const(m_queries))
        m_query->addItem(q.title(), q.id());

    auto *previewButton = new QPushButton(tr("Aperçu"), this);
    previewButton->setObjectName(QStringLiteral("previewButton"));

    auto *columnsBox = new QGroupBox(tr("Colonnes"), this);
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    columnsLayout->addWidget(m_columns);

    auto *sortRow1 = new QHBoxLayout;
    sortRow1->addWidget(m_sort1, 1);
    sortRow1->addWidget(m_order1);
    auto *sortRow2 = new QHBoxLayout;
    sortRow2->addWidget(m_sort2, 1);
    sortRow2->addWidget(m_order2);
    auto *sortBox = new QGroupBox(tr("Tri et limite"), this);
    auto *sortForm = new QFormLayout(sortBox);
    sortForm->addRow(tr("Trier par :"), sortRow1);
    sortForm->addRow(tr("puis par :"), sortRow2);
    sortForm->addRow(tr("Lignes au plus :"), m_limit);

    auto *top = new QHBoxLayout;
    top->addWidget(columnsBox, 1);
    top->addWidget(sortBox, 1);

    auto *previewBox = new QGroupBox(tr("Aperçu (%1 premières lignes)").arg(kPreviewRows), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    auto *previewRow = new QHBoxLayout;
    previewRow->addWidget(previewButton);
    previewRow->addWidget(m_previewInfo, 1);
    previewLayout->addLayout(previewRow);
    previewLayout->addWidget(m_preview, 1);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_exportButton, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close)->setText(tr("Fermer"));

    auto *form = new QFormLayout;
    form->addRow(tr("Requête :"), m_query);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_description);
    layout->addLayout(top, 1);
    layout->addWidget(previewBox, 2);
    layout->addWidget(m_target);
    layout->addWidget(m_personalNotice);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(900, 700);

    connect(m_query, &QComboBox::currentIndexChanged, this, &StoredQueryDialog::loadQuery);
    connect(previewButton, &QPushButton::clicked, this, &StoredQueryDialog::runPreview);
    connect(m_exportButton, &QPushButton::clicked, this, &StoredQueryDialog::startExport);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        m_cancel.cancel();
        reject();
    });
    loadQuery();
}

const StoredQuery *StoredQueryDialog::currentQuery() const
{
    const int i = m_query->currentIndex();
    return i >= 0 && i < m_queries.size() ? &m_queries.at(i) : nullptr;
}

bool StoredQueryDialog::selectQuery(const QString &id)
{
    const int i = m_query->findData(id);
    if (i < 0)
        return false;
    m_query->setCurrentIndex(i);
    return true;
}

void StoredQueryDialog::fillSortCombos()
{
    const StoredQuery *q = currentQuery();
    for (QComboBox *combo : {m_sort1, m_sort2}) {
        combo->clear();
        combo->addItem(tr("(aucun)"), QString());
        if (!q)
            continue;
        for (const StoredQueryColumn &c : q->columns())
            if (c.sortable)
                combo->addItem(c.label, c.key);
    }
}

void StoredQueryDialog::loadQuery()
{
    clearError();
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_previewInfo->clear();
    const StoredQuery *q = currentQuery();
    m_exportButton->setEnabled(q != nullptr);
    if (!q) {
        m_description->setText(tr("Aucune requête mémorisée n'est disponible pour votre profil."));
        m_columns->setColumns({}, {}, {});
        fillSortCombos();
        return;
    }
    m_description->setText(q->description());
    QStringList keys, labels;
    QList<bool> checked;
    for (const StoredQueryColumn &c : q->columns()) {
        keys << c.key;
        labels << c.label;
        checked << c.selectedByDefault;
    }
    m_columns->setColumns(keys, labels, checked);
    fillSortCombos();
    const StoredQuerySelection defaults = q->defaultSelection();
    setSort(defaults.sort.value(0).key, defaults.sort.value(0).order, defaults.sort.value(1).key,
            defaults.sort.value(1).order);
    m_limit->setValue(0);
    m_personalNotice->setVisible(q->hasPersonalData());
    m_target->setSuggestedName(q->title());
}

void StoredQueryDialog::setSort(const QString &firstKey, Qt::SortOrder firstOrder, const QString &secondKey,
                                Qt::SortOrder secondOrder)
{
    m_sort1->setCurrentIndex(std::max(0, m_sort1->findData(firstKey)));
    m_order1->setCurrentIndex(m_order1->findData(int(firstOrder)));
    m_sort2->setCurrentIndex(std::max(0, m_sort2->findData(secondKey)));
    m_order2->setCurrentIndex(m_order2->findData(int(secondOrder)));
}

void StoredQueryDialog::setLimit(int rows)
{
    m_limit->setValue(rows);
}

StoredQuerySelection StoredQueryDialog::selection() const
{
    StoredQuerySelection s;
    s.columns = m_columns->checkedKeys();
    const QString first = m_sort1->currentData().toString();
    const QString second = m_sort2->currentData().toString();
    if (!first.isEmpty())
        s.sort << StoredQuerySort{first, static_cast<Qt::SortOrder>(m_order1->currentData().toInt())};
    if (!second.isEmpty() && second != first)
        s.sort << StoredQuerySort{second, static_cast<Qt::SortOrder>(m_order2->currentData().toInt())};
    s.limit = m_limit->value();
    return s;
}

QString StoredQueryDialog::errorText() const
{
    return m_error->text();
}

QString StoredQueryDialog::previewText() const
{
    return m_previewInfo->text();
}

void StoredQueryDialog::showError(const Error &error)
{
    m_error->setText(error.message());
    m_error->setToolTip(error.detail());
    m_error->show();
}

void StoredQueryDialog::clearError()
{
    m_error->clear();
    m_error->hide();
}

void StoredQueryDialog::runPreview()
{
    clearError();
    const StoredQuery *q = currentQuery();
    if (!q)
        return;
    Result<StoredQueryPreview> preview = m_service.previewStoredQuery(*q, selection(), kPreviewRows);
    if (!preview) {
        showError(preview.error());
        return;
    }
    const StoredQueryPreview &p = preview.value();
    m_preview->clear();
    m_preview->setColumnCount(int(p.columns.size()));
    QStringList headers;
    for (const ExportColumn &c : p.columns)
        headers << c.label;
    m_preview->setHorizontalHeaderLabels(headers);
    m_preview->setRowCount(int(p.rows.size()));
    for (int r = 0; r < p.rows.size(); ++r) {
        for (int c = 0; c < p.rows.at(r).size(); ++c) {
            // Shown as the CSV will write it: dd/MM/yyyy, decimal comma, oui/non.
            auto *item = new QTableWidgetItem(CsvExporter::format(p.rows.at(r).at(c)));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_preview->setItem(r, c, item);
        }
    }
    m_preview->resizeColumnsToContents();
    m_previewInfo->setText(p.truncated ? tr("%1 premières lignes affichées ; l'export les contiendra toutes.")
                                             .arg(p.rows.size())
                                       : tr("%1 ligne(s).").arg(p.rows.size()));
}

void StoredQueryDialog::startExport()
{
    clearError();
    const StoredQuery *q = currentQuery();
    if (!q)
        return;
    if (m_target->filePath().isEmpty()) {
        showError(Error(tr("Choisissez le fichier dans lequel exporter (bouton « Parcourir… »)."), {},
                        Error::Kind::InvalidInput));
        return;
    }
    m_cancel.reset();
    m_exportButton->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    const ExportProgressCallback progress = [this](qint64 rows, qint64) {
        m_progress->setFormat(tr("%1 lignes").arg(rows));
        QApplication::processEvents();
    };
    Result<ExportSummary> result =
        m_service.exportStoredQuery(*q, selection(), m_target->format(), m_target->filePath(), progress, &m_cancel);
    m_progress->hide();
    m_exportButton->setEnabled(true);
    if (!result) {
        showError(result.error());
        return;
    }
    m_summary = result.value();
    m_previewInfo->setText(tr("%1 ligne(s) exportée(s) dans « %2 ».")
                               .arg(result->rows)
                               .arg(QDir::toNativeSeparators(result->filePath)));
}

} // namespace OpenMairie::CoreUi
