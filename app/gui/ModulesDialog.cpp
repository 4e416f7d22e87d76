#include "ModulesDialog.h"

#include "Icons.h"
#include "ModuleManager.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace OpenMairie::Gui {

ModulesDialog::ModulesDialog(const Core::ModuleManager &modules, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("modulesDialog"));
    setWindowTitle(tr("Modules installés"));
    setWindowIcon(Icons::get(QStringLiteral("modules")));
    resize(860, 420);

    QList<const Core::ModuleSpec *> specs;
    for (const auto &spec : modules.specs())
        specs.append(spec.get());
    // Active modules first, then the refused ones, which are what the reader is looking for.
    std::stable_sort(specs.begin(), specs.end(), [](const Core::ModuleSpec *a, const Core::ModuleSpec *b) {
        if (a->isRefused() != b->isRefused())
            return !a->isRefused();
        return a->name().localeAwareCompare(b->name()) < 0;
    });
    const auto refusedCount = std::count_if(specs.cbegin(), specs.cend(),
                                            [](const Core::ModuleSpec *s) { return s->isRefused(); });
    const qsizetype activeCount = specs.size() - refusedCount;

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("modulesSummary"));
    m_summary->setWordWrap(true);
    QString summary;
    if (specs.isEmpty())
        summary = tr("Aucun module n'est installé. Les modules métier (élections, cimetière, réglementation…) se "
                     "placent dans l'un des dossiers ci-dessous puis apparaissent au démarrage suivant.");
    else if (refusedCount == 0)
        summary = activeCount == 1 ? tr("Un module est actif.") : tr("%1 modules sont actifs.").arg(activeCount);
    else
        summary = tr("Modules actifs : %1. Modules refusés : %2 ; leur raison est indiquée ci-dessous. Les modules "
                     "refusés n'empêchent pas les autres de fonctionner.")
                      .arg(activeCount)
                      .arg(refusedCount);
    m_summary->setText(summary);

    m_table = new QTableWidget(static_cast<int>(specs.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("modulesTable"));
    m_table->setHorizontalHeaderLabels({tr("Identifiant"), tr("Nom"), tr("Version"), tr("État"), tr("Raison")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    const QColor refusedBackground(0xfd, 0xe8, 0xe6);
    const QColor refusedText(0x9b, 0x1c, 0x1c);
    const QColor activeText(0x1e, 0x6b, 0x2b);
    for (int row = 0; row < specs.size(); ++row) {
        const Core::ModuleSpec *spec = specs.at(row);
        QStringList dependencies;
        for (const Core::ModuleDependency &d : spec->dependencies())
            dependencies.append(d.required ? d.id : tr("%1 (facultatif)").arg(d.id));
        const QString tooltip = tr("%1\nFichier : %2\nDépendances : %3")
                                    .arg(spec->description().isEmpty() ? spec->name() : spec->description(),
                                         QDir::toNativeSeparators(spec->filePath()),
                                         dependencies.isEmpty() ? tr("aucune") : dependencies.join(QStringLiteral(", ")));
        const QStringList cells{spec->id(), spec->name(), spec->version(), spec->stateText(),
                                spec->isRefused() ? spec->refusalReason() : QString()};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(column == ReasonColumn && spec->isRefused() ? spec->refusalReason() : tooltip);
            if (spec->isRefused()) {
                item->setBackground(refusedBackground);
                if (column == StateColumn || column == ReasonColumn)
                    item->setForeground(refusedText);
            } else if (column == StateColumn) {
                item->setForeground(activeText);
            }
            if (column == StateColumn) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
                item->setIcon(Icons::get(spec->isRefused() ? QStringLiteral("erreur") : QStringLiteral("succes")));
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();

    auto *paths = new QLabel(tr("Dossiers examinés : %1")
                                 .arg(QDir::toNativeSeparators(modules.searchPaths().join(QStringLiteral(" ; ")))),
                             this);
    paths->setObjectName(QStringLiteral("modulesSearchPaths"));
    paths->setWordWrap(true);
    paths->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p = paths->palette();
    p.setColor(QPalette::WindowText, QColor(0x6b, 0x75, 0x82));
    paths->setPalette(p);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Fermer"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(paths);
    layout->addWidget(buttons);
}

QString ModulesDialog::summary() const
{
    return m_summary->text();
}

} // namespace OpenMairie::Gui
