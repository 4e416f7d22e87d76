#pragma once

#include "openmairie_coreui_export.h"

#include "documents/DocumentServices.h"

#include <QPrintPreviewDialog>

#include <functional>

namespace OpenMairie::CoreUi {

// Qt's print preview for a prepared print, with « Enregistrer en PDF/A… » added to its tool bar.
// Printing on paper and exporting are both written to the print journal.
class OPENMAIRIE_COREUI_EXPORT DocumentPreviewDialog final : public QPrintPreviewDialog
{
    Q_OBJECT

public:
    DocumentPreviewDialog(Documents::DocumentServices &documents, Documents::PreparedPrint print,
                          QWidget *parent = nullptr);

    // Pages painted by the last preview, and why it failed if it did.
    int pageCount() const { return m_pageCount; }
    const QString &lastError() const { return m_lastError; }
    QStringList warnings() const;

    // Writes the PDF/A file with progress and cancel (what the tool bar button does after asking
    // for the file name).
    Core::Result<Documents::DocumentJobResult> exportPdf(const QString &path);
    // Asks where to save; tests replace it.
    void setFileNameProvider(std::function<QString()> provider) { m_fileNameProvider = std::move(provider); }

signals:
    void exported(const QString &path);

private:
    void paint(QPrinter *printer);
    void askAndExport();
    void recordPrinted();

    Documents::DocumentServices &m_documents;
    Documents::PreparedPrint m_print;
    int m_pageCount = 0;
    QString m_lastError;
    std::function<QString()> m_fileNameProvider;
};

} // namespace OpenMairie::CoreUi
