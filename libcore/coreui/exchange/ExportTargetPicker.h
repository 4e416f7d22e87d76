#pragma once

#include "openmairie_coreui_export.h"

#include "TableWriter.h"

#include <QWidget>

class QLineEdit;
class QRadioButton;

namespace OpenMairie::CoreUi {

// Where an export goes: the format (CSV for Excel, or an .xlsx workbook) and the file, whose
// extension follows the format.
class OPENMAIRIE_COREUI_EXPORT ExportTargetPicker : public QWidget
{
    Q_OBJECT

public:
    explicit ExportTargetPicker(QWidget *parent = nullptr);

    Core::ExportFormat format() const;
    void setFormat(Core::ExportFormat format);
    QString filePath() const;
    void setFilePath(const QString &path);
    // Proposed file name when the agent has not chosen one: "<nom>.csv" in his documents.
    void setSuggestedName(const QString &baseName);

private:
    void browse();
    void applyExtension();

    QRadioButton *m_csv;
    QRadioButton *m_xlsx;
    QLineEdit *m_file;
};

} // namespace OpenMairie::CoreUi
