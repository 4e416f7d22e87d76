#pragma once

#include "openmairie_coreui_export.h"

#include "ExportDialog.h"
#include "ExportService.h"

#include <QPointer>
#include <QPushButton>

class QAbstractItemModel;
class QTableView;

namespace OpenMairie::CoreUi {


// "Exporter…" beside any list: opens the export dialog on the list's own model (the rows the
// filters show, every row even if not scrolled into view), in CSV for Excel or .xlsx, with the
// columns the agent ticks. The right check and, for personal data, the audit row are the
// service's. One dialog at a time: a second click brings it back to the front.
class OPENMAIRIE_COREUI_EXPORT ListExportButton : public QPushButton
{
    Q_OBJECT

public:
    ListExportButton(Core::ExportService &service, QAbstractItemModel &model, Core::ExportSubject subject,
                     QWidget *parent = nullptr);

    // The table showing the model: the columns it hides are not offered.
    void setTable(QTableView *table) { m_table = table; }

    // The dialog now open, if any (tests drive it).
    ExportDialog *dialog() const { return m_dialog; }

public slots:
    ExportDialog *openDialog();

private:
    Core::ExportService &m_service;
    QAbstractItemModel &m_model;
    Core::ExportSubject m_subject;
    QPointer<ExportDialog> m_dialog;
    QPointer<QTableView> m_table;
};

} // namespace OpenMairie::CoreUi
