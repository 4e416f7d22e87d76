#include "ImportDialog.h"

#include "CsvReader.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace OpenMairie::CoreUi {

using namespace OpenMairie::Core;

namespace {
QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}
} // namespace

ImportDialog::ImportDialog(ImportService &service, const ImportDefinition &definition, QWidget *parent)
    : QDialog(parent), m_service(service), m_definition(definition), m_file(new QLineEdit(this)),
      m_format(new QLabel(this)), m_encoding(new QComboBox(this)), m_separator(new QComboBox(this)),
      m_columnsTable(new QTableWidget(this)),
      m_allOrNothing(new QRadioButton(tr("Tout ou rien : une seule ligne en erreur et rien n'est importé "
                                         "(recommandé)"), this)),
      m_validLines(new QRadioButton(tr("Importer les lignes valides et mettre les autres dans un fichier de rejets"),
                                    this)),
      m_rejectFile(new QLineEdit(this)), m_dryRunButton(new QPushButton(tr("Vérifier sans importer"), this)),
      m_importButton(new QPushButton(tr("Importer"), this)), m_stopButton(new QPushButton(tr("Arrêter"), this)),
      m_progress(new QProgressBar(this)), m_progressText(new QLabel(this)), m_summary(new QLabel(this)),
      m_error(new QLabel(this)), m_reportTable(new QTableWidget(this))
{
    setWindowTitle(tr("Importer : %1").arg(definition.title()));
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_format->setObjectName(QStringLiteral("formatLabel"));
    m_format->setWordWrap(true);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_separator->setObjectName(QStringLiteral("separatorCombo"));
    m_columnsTable->setObjectName(QStringLiteral("columnsTable"));
    m_allOrNothing->setObjectName(QStringLiteral("allOrNothingRadio"));
    m_validLines->setObjectName(QStringLiteral("validLinesRadio"));
    m_rejectFile->setObjectName(QStringLiteral("rejectFileEdit"));
    m_dryRunButton->setObjectName(QStringLiteral("dryRunButton"));
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_error->hide();
    m_reportTable->setObjectName(QStringLiteral("reportTable"));
    m_allOrNothing->setChecked(true);
    m_stopButton->hide();
    m_progress->hide();
    m_progressText->hide();

    m_encoding->addItem(tr("Détection automatique"), int(TextEncoding::Undetermined));
    m_encoding->addItem(TextDecoder::displayName(TextEncoding::Utf8), int(TextEncoding::Utf8));
    m_encoding->addItem(TextDecoder::displayName(TextEncoding::Windows1252), int(TextEncoding::Windows1252));
    m_encoding->addItem(TextDecoder::displayName(TextEncoding::Iso885915), int(TextEncoding::Iso885915));
    m_separator->addItem(tr("Détection automatique"), 0);
    for (const char c : {';', ',', '\t'})
        m_separator->addItem(CsvReader::separatorName(c), int(c));

    auto *intro = new QLabel(definition.description().isEmpty()
                                 ? tr("Le fichier doit être un CSV dont la première ligne nomme les colonnes.")
                                 : definition.description(),
                             this);
    intro->setWordWrap(true);

    auto *browseButton = new QPushButton(tr("Parcourir…"), this);
    auto *modelButton = new QPushButton(tr("Télécharger le modèle de fichier…"), this);
    modelButton->setObjectName(QStringLiteral("modelButton"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);
    auto *fileBox = new QGroupBox(tr("Fichier à importer"), this);
    auto *fileForm = new QFormLayout(fileBox);
    fileForm->addRow(tr("Fichier :"), fileRow);
    fileForm->addRow(QString(), m_format);
    fileForm->addRow(tr("Encodage :"), m_encoding);
    fileForm->addRow(tr("Séparateur :"), m_separator);
    fileForm->addRow(QString(), modelButton);

    auto *columnsBox = new QGroupBox(tr("Colonnes attendues"), this);
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    columnsLayout->addWidget(m_columnsTable);
    buildColumnsTable();

    auto *browseRejects = new QPushButton(tr("Parcourir…"), this);
    auto *rejectRow = new QHBoxLayout;
    rejectRow->addWidget(m_rejectFile, 1);
    rejectRow->addWidget(browseRejects);
    auto *optionsBox = new QGroupBox(tr("Options"), this);
    auto *optionsForm = new QFormLayout(optionsBox);
    optionsForm->addRow(m_allOrNothing);
    optionsForm->addRow(m_validLines);
    optionsForm->addRow(tr("Fichier des rejets :"), rejectRow);

    m_reportTable->setColumnCount(3);
    m_reportTable->setHorizontalHeaderLabels({tr("Ligne"), tr("Colonne"), tr("Motif")});
    m_reportTable->horizontalHeader()->setStretchLastSection(true);
    m_reportTable->verticalHeader()->hide();
    m_reportTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *reportBox = new QGroupBox(tr("Compte rendu"), this);
    auto *reportLayout = new QVBoxLayout(reportBox);
    reportLayout->addWidget(m_summary);
    reportLayout->addWidget(m_reportTable, 1);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_dryRunButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_importButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_stopButton, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close)->setText(tr("Fermer"));

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_progressText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(fileBox);
    layout->addWidget(columnsBox, 1);
    layout->addWidget(optionsBox);
    layout->addLayout(progressRow);
    layout->addWidget(m_error);
    layout->addWidget(reportBox, 2);
    layout->addWidget(buttons);
    resize(820, 760);

    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browseFile);
    connect(browseRejects, &QPushButton::clicked, this, &ImportDialog::browseRejectFile);
    connect(modelButton, &QPushButton::clicked, this, &ImportDialog::saveModel);
    connect(m_file, &QLineEdit::editingFinished, this, [this] { setFilePath(m_file->text()); });
    connect(m_rejectFile, &QLineEdit::textEdited, this, [this] { m_rejectPathEdited = true; });
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::inspectFile);
    connect(m_separator, &QComboBox::currentIndexChanged, this, &ImportDialog::inspectFile);
    connect(m_dryRunButton, &QPushButton::clicked, this, &ImportDialog::startDryRun);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_stopButton, &QPushButton::clicked, this, &ImportDialog::cancelRun);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
}

ImportDialog::~ImportDialog()
{
    if (m_thread) {
        m_cancel.cancel();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

void ImportDialog::buildColumnsTable()
{
    const QList<ImportColumn> &columns = m_definition.columns();
    m_columnsTable->setColumnCount(4);
    m_columnsTable->setHorizontalHeaderLabels({tr("Colonne"), tr("Description"), tr("Contenu attendu"),
                                               tr("Obligatoire")});
    m_columnsTable->setRowCount(int(columns.size()));
    for (int i = 0; i < columns.size(); ++i) {
        const ImportColumn &c = columns.at(i);
        m_columnsTable->setItem(i, 0, readOnlyItem(c.name()));
        m_columnsTable->setItem(i, 1, readOnlyItem(c.help().isEmpty() ? c.label() : c.label() + QStringLiteral(" — ")
                                                                                         + c.help()));
        m_columnsTable->setItem(i, 2, readOnlyItem(c.expectedContent()));
        m_columnsTable->setItem(i, 3, readOnlyItem(c.isRequired() ? tr("oui") : tr("non")));
    }
    m_columnsTable->verticalHeader()->hide();
    m_columnsTable->horizontalHeader()->setStretchLastSection(false);
    m_columnsTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_columnsTable->resizeColumnsToContents();
}

void ImportDialog::setFilePath(const QString &path)
{
    if (m_file->text() != path)
        m_file->setText(path);
    if (!m_rejectPathEdited)
        m_rejectFile->setText(path.isEmpty() ? QString() : ImportService::defaultRejectFilePath(path));
    inspectFile();
}

QString ImportDialog::filePath() const
{
    return m_file->text().trimmed();
}

void ImportDialog::setMode(ImportOptions::Mode mode)
{
    (mode == ImportOptions::Mode::ImportValidLines ? m_validLines : m_allOrNothing)->setChecked(true);
}

void ImportDialog::setRejectFilePath(const QString &path)
{
    m_rejectFile->setText(path);
    m_rejectPathEdited = true;
}

ImportOptions ImportDialog::options(bool dryRun) const
{
    ImportOptions o;
    o.mode = m_validLines->isChecked() ? ImportOptions::Mode::ImportValidLines : ImportOptions::Mode::AllOrNothing;
    o.dryRun = dryRun;
    o.encoding = static_cast<TextEncoding>(m_encoding->currentData().toInt());
    o.separator = static_cast<char>(m_separator->currentData().toInt());
    o.rejectFilePath = m_rejectFile->text().trimmed();
    o.sourceName = QFileInfo(filePath()).fileName();
    return o;
}

QString ImportDialog::formatText() const
{
    return m_format->text();
}

QString ImportDialog::errorText() const
{
    return m_error->text();
}

void ImportDialog::inspectFile()
{
    const QString path = filePath();
    if (path.isEmpty()) {
        m_format->clear();
        return;
    }
    Result<CsvFileInspection> inspection = m_service.inspect(path, options(true));
    if (!inspection) {
        m_format->setText(inspection.error().message());
        return;
    }
    const CsvFileInspection &i = inspection.value();
    m_format->setText(tr("Encodage : %1 ; séparateur : %2 ; %3 colonne(s) dans l'en-tête.")
                          .arg(TextDecoder::displayName(i.encoding),
                               i.separatorFound ? CsvReader::separatorName(i.separator) : tr("aucun trouvé"))
                          .arg(i.header.size()));
}

void ImportDialog::browseFile()
{
    const QString start = filePath().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                               : filePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Fichier à importer"), start,
                                                      tr("Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void ImportDialog::browseRejectFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Fichier des rejets"), m_rejectFile->text(),
                                                      tr("Fichiers CSV (*.csv)"));
    if (!path.isEmpty())
        setRejectFilePath(path);
}

void ImportDialog::saveModel()
{
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(m_definition.modelFileName());
    const QString path = QFileDialog::getSaveFileName(this, tr("Enregistrer le modèle de fichier"), start,
                                                      tr("Fichiers CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = m_service.saveModelFile(m_definition, path); !s)
        showError(s.error().message(), s.error().detail());
}

void ImportDialog::showError(const QString &text, const QString &detail)
{
    m_error->setText(text);
    m_error->setToolTip(detail);
    m_error->setVisible(!text.isEmpty());
}

void ImportDialog::setRunning(bool running)
{
    m_dryRunButton->setEnabled(!running);
    m_importButton->setEnabled(!running);
    m_file->setEnabled(!running);
    m_encoding->setEnabled(!running);
    m_separator->setEnabled(!running);
    m_allOrNothing->setEnabled(!running);
    m_validLines->setEnabled(!running);
    m_rejectFile->setEnabled(!running);
    m_stopButton->setVisible(running);
    m_progress->setVisible(running);
    m_progressText->setVisible(running);
}

void ImportDialog::startDryRun()
{
    startRun(true);
}

void ImportDialog::startImport()
{
    startRun(false);
}

void ImportDialog::startRun(bool dryRun)
{
    if (m_thread)
        return;
    showError({});
    const QString path = filePath();
    if (path.isEmpty()) {
        showError(tr("Choisissez d'abord le fichier à importer (bouton « Parcourir… »)."));
        return;
    }
    const ImportOptions opts = options(dryRun);
    if (opts.mode == ImportOptions::Mode::ImportValidLines && opts.rejectFilePath.isEmpty()) {
        showError(tr("Indiquez où écrire le fichier des rejets : les lignes refusées y sont copiées pour être "
                     "corrigées."));
        return;
    }
    Result<ExchangeActor> actor = m_service.authorize(m_definition);
    if (!actor) {
        showError(actor.error().message(), actor.error().detail());
        return;
    }
    m_cancel.reset();
    m_report.reset();
    m_reportTable->setRowCount(0);
    m_summary->setText(dryRun ? tr("Vérification en cours…") : tr("Import en cours…"));
    m_progress->setRange(0, 0);
    m_progressText->clear();
    setRunning(true);

    ImportService *service = &m_service;
    const ImportDefinition definition = m_definition;
    const ExchangeActor who = actor.value();
    // The worker uses its own connection (DatabaseManager gives one per thread, released when the
    // thread ends) and reports back through queued calls: no widget is touched from it.
    m_thread = QThread::create([this, service, definition, path, opts, who] {
        const ImportReport report = service->importFile(
            definition, path, opts, who,
            [this](const ImportProgress &p) {
                QMetaObject::invokeMethod(this, [this, p] { onProgress(p); }, Qt::QueuedConnection);
            },
            &m_cancel);
        QMetaObject::invokeMethod(this, [this, report] { onFinished(report); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("openmairie-import"));
    m_thread->start();
}

void ImportDialog::onProgress(const ImportProgress &progress)
{
    if (progress.bytesTotal > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(progress.bytesRead * 1000 / progress.bytesTotal));
    }
    m_progressText->setText(tr("%1 lignes lues").arg(progress.lines));
}

void ImportDialog::onFinished(const ImportReport &report)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    setRunning(false);
    m_report = report;
    showReport(report);
    emit runFinished();
}

void ImportDialog::showReport(const ImportReport &report)
{
    QStringList lines;
    lines << report.summary();
    if (report.headerRead)
        lines << tr("Lignes de données : %1 ; valides : %2 ; rejetées : %3.")
                     .arg(report.dataLines).arg(report.validLines).arg(report.rejectedLines);
    for (const QString &w : report.warnings)
        lines << tr("Avertissement : %1").arg(w);
    if (!report.rejectFilePath.isEmpty())
        lines << tr("Fichier des rejets : %1").arg(QDir::toNativeSeparators(report.rejectFilePath));
    m_summary->setText(lines.join(u'\n'));
    if (report.outcome == ImportReport::Outcome::Failed)
        m_summary->setToolTip(report.failure.detail());

    m_reportTable->setRowCount(int(report.issues.size() + (report.omittedIssues > 0 ? 1 : 0)));
    int row = 0;
    for (const ImportIssue &issue : report.issues) {
        m_reportTable->setItem(row, 0, readOnlyItem(issue.line > 0 ? QString::number(issue.line) : tr("fichier")));
        m_reportTable->setItem(row, 1, readOnlyItem(issue.column));
        m_reportTable->setItem(row, 2, readOnlyItem(issue.reason));
        ++row;
    }
    if (report.omittedIssues > 0)
        m_reportTable->setItem(row, 2, readOnlyItem(tr("… et %1 autres erreurs : voir le fichier des rejets.")
                                                        .arg(report.omittedIssues)));
    m_reportTable->resizeColumnToContents(0);
    m_reportTable->resizeColumnToContents(1);
}

void ImportDialog::cancelRun()
{
    m_cancel.cancel();
}

void ImportDialog::waitForRun()
{
    if (!m_thread)
        return;
    m_thread->wait();
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void ImportDialog::reject()
{
    if (m_thread) {
        // Closing while importing: stop, let the transaction roll back, then close.
        m_cancel.cancel();
        waitForRun();
    }
    QDialog::reject();
}

} // namespace OpenMairie::CoreUi
