#include "ExportDialog.h"

#include "ColumnPicker.h"
#include "ExportTargetPicker.h"
#include "TableExport.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace OpenMairie::CoreUi {

using namespace OpenMairie::Core;

ExportDialog::ExportDialog(const QList<ExportColumn> &columns, const QString &title, bool personalData, Runner runner,
                           QWidget *parent)
    : QDialog(parent), m_runner(std::move(runner)), m_columns(new ColumnPicker(this)),
      m_target(new ExportTargetPicker(this)), m_error(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_exportButton(new QPushButton(tr("Exporter"), this)), m_stopButton(new QPushButton(tr("Arrêter"), this))
{
    setWindowTitle(tr("Exporter « %1 »").arg(title));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_error->hide();
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->hide();
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_stopButton->hide();

    QStringList keys, labels;
    for (const ExportColumn &c : columns) {
        keys << c.key;
        labels << c.label;
    }
    m_columns->setColumns(keys, labels, {});
    m_target->setSuggestedName(title);

    auto *columnsBox = new QGroupBox(tr("Colonnes à exporter"), this);
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    columnsLayout->addWidget(m_columns);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_exportButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_stopButton, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel)->setText(tr("Fermer"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(columnsBox, 1);
    layout->addWidget(m_target);
    if (personalData) {
        auto *notice = new QLabel(tr("Ces données sont personnelles : l'export sera inscrit au journal d'audit "
                                     "(qui, quand, quoi, combien de lignes). Ne les transmettez qu'à qui y a droit."),
                                  this);
        notice->setObjectName(QStringLiteral("personalDataNotice"));
        notice->setWordWrap(true);
        layout->addWidget(notice);
    }
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_stopButton, &QPushButton::clicked, this, &ExportDialog::stopExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
}

ExportDialog *ExportDialog::forModel(ExportService &service, QAbstractItemModel &model, const ExportSubject &subject,
                                     QWidget *parent, const QList<int> &hiddenColumns)
{
    Runner runner = [&service, &model, subject](const QStringList &keys, ExportFormat format, const QString &path,
                                                const ExportProgressCallback &progress,
                                                const CancellationToken *cancel) {
        QList<int> columns;
        for (const QString &k : keys)
            columns << k.toInt();
        return service.exportModel(model, columns, subject, format, path, progress, cancel);
    };
    QList<ExportColumn> columns = TableExport::availableColumns(model);
    columns.removeIf([&hiddenColumns](const ExportColumn &c) { return hiddenColumns.contains(c.key.toInt()); });
    return new ExportDialog(columns, subject.title, subject.personalData, std::move(runner), parent);
}

QString ExportDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

void ExportDialog::setRunning(bool running)
{
    m_running = running;
    m_exportButton->setEnabled(!running);
    m_columns->setEnabled(!running);
    m_target->setEnabled(!running);
    m_stopButton->setVisible(running);
    m_progress->setVisible(running);
}

void ExportDialog::startExport()
{
    if (m_running)
        return;
    m_error->clear();
    m_error->hide();
    const QStringList keys = m_columns->checkedKeys();
    if (keys.isEmpty()) {
        m_error->setText(tr("Cochez au moins une colonne à exporter."));
        m_error->show();
        return;
    }
    if (m_target->filePath().isEmpty()) {
        m_error->setText(tr("Choisissez le fichier dans lequel exporter (bouton « Parcourir… »)."));
        m_error->show();
        return;
    }
    m_cancel.reset();
    setRunning(true);
    m_progress->setRange(0, 0);
    // The export runs here, in the model's thread; the event loop is pumped between batches so
    // that the window repaints and "Arrêter" is heard.
    const ExportProgressCallback progress = [this](qint64 rows, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(rows * 1000 / total));
        }
        m_progress->setFormat(tr("%1 lignes").arg(rows));
        QApplication::processEvents();
    };
    Result<ExportSummary> result = m_runner(keys, m_target->format(), m_target->filePath(), progress, &m_cancel);
    setRunning(false);
    if (!result) {
        m_error->setText(result.error().message());
        m_error->setToolTip(result.error().detail());
        m_error->show();
        return;
    }
    m_summary = result.value();
    accept();
}

void ExportDialog::stopExport()
{
    m_cancel.cancel();
}

void ExportDialog::reject()
{
    if (m_running) {
        m_cancel.cancel(); // the export returns "annulé" and the dialog stays to say so
        return;
    }
    QDialog::reject();
}

} // namespace OpenMairie::CoreUi
