#include "DocumentPreviewDialog.h"

#include "DocumentJobDialog.h"
#include "ErrorMessage.h"

#include "documents/PageSink.h"

#include "DatabaseManager.h"
#include "Session.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QToolBar>

namespace OpenMairie::CoreUi {

using namespace OpenMairie::Documents;

DocumentPreviewDialog::DocumentPreviewDialog(DocumentServices &documents, PreparedPrint print, QWidget *parent)
    : QPrintPreviewDialog(parent), m_documents(documents), m_print(std::move(print))
{
    setWindowTitle(tr("Aperçu — %1").arg(m_print.producer->title()));
    // Our renderers place everything from the corner of the sheet, margins included.
    printer()->setFullPage(true);
    printer()->setPageLayout(m_print.pageLayout);
    printer()->setDocName(m_print.producer->title());
    printer()->setCreator(QStringLiteral("OpenMairie"));
    connect(this, &QPrintPreviewDialog::paintRequested, this, &DocumentPreviewDialog::paint);
    connect(this, &QDialog::accepted, this, &DocumentPreviewDialog::recordPrinted);

    m_fileNameProvider = [this] {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QString name = m_print.producer->title();
        name.replace(u'/', u'-');
        return QFileDialog::getSaveFileName(this, tr("Enregistrer en PDF/A"), QDir(folder).filePath(name + u".pdf"),
                                            tr("Documents PDF (*.pdf)"));
    };
    if (QToolBar *bar = findChild<QToolBar *>()) {
        bar->addSeparator();
        QAction *pdf = bar->addAction(tr("Enregistrer en PDF/A…"));
        pdf->setObjectName(QStringLiteral("exportPdfAction"));
        pdf->setToolTip(tr("Enregistrer le document en PDF/A, format d'archivage des actes"));
        connect(pdf, &QAction::triggered, this, &DocumentPreviewDialog::askAndExport);
    }
}

QStringList DocumentPreviewDialog::warnings() const
{
    return m_print.producer->report().warnings;
}

void DocumentPreviewDialog::paint(QPrinter *printer)
{
    m_lastError.clear();
    // The preview dialog resets its printer between previews: the sheet's corner is our origin.
    printer->setFullPage(true);
    PageSink sink(printer);
    ProductionContext context{m_documents.database().connection(), m_documents.session().commune().id, nullptr};
    Core::Status s = m_print.producer->produce(sink, context);
    if (Core::Status f = sink.finish(); s && !f)
        s = f;
    m_pageCount = sink.pageCount();
    if (!s)
        m_lastError = s.error().message();
}

Core::Result<DocumentJobResult> DocumentPreviewDialog::exportPdf(const QString &path)
{
    DocumentJobDialog progress(m_documents.pdfJob(m_print, path), m_print.producer->title(), this);
    Core::Result<DocumentJobResult> result = progress.exec_();
    if (result)
        emit exported(path);
    return result;
}

void DocumentPreviewDialog::askAndExport()
{
    const QString path = m_fileNameProvider ? m_fileNameProvider() : QString();
    if (path.isEmpty())
        return;
    Core::Result<DocumentJobResult> result = exportPdf(path);
    if (!result && result.error().kind() != Core::Error::Kind::Cancelled)
        ErrorMessage::show(this, tr("Enregistrement en PDF/A"), result.error());
}

void DocumentPreviewDialog::recordPrinted()
{
    const QString target = printer()->outputFormat() == QPrinter::PdfFormat ? printer()->outputFileName()
                                                                            : printer()->printerName();
    if (Core::Result<qint64> id = m_documents.recordPrinted(m_print, target); !id)
        ErrorMessage::show(this, tr("Journal des impressions"), id.error());
}

} // namespace OpenMairie::CoreUi
