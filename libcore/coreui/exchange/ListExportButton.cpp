#include "ListExportButton.h"

#include "ExportDialog.h"

#include <QTableView>

namespace OpenMairie::CoreUi {

ListExportButton::ListExportButton(Core::ExportService &service, QAbstractItemModel &model,
                                   Core::ExportSubject subject, QWidget *parent)
    : QPushButton(tr("E&xporter…"), parent), m_service(service), m_model(model), m_subject(std::move(subject))
{
    setObjectName(QStringLiteral("exporter"));
    setToolTip(tr("Enregistrer la liste affichée (avec ses filtres) en CSV pour Excel ou en classeur .xlsx, avec "
                  "les colonnes de votre choix"));
    connect(this, &QPushButton::clicked, this, &ListExportButton::openDialog);
}

ExportDialog *ListExportButton::openDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    QList<int> hidden;
    if (m_table)
        for (int c = 0; c < m_model.columnCount(); ++c)
            if (m_table->isColumnHidden(c))
                hidden.append(c);
    m_dialog = ExportDialog::forModel(m_service, m_model, m_subject, window(), hidden);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->open();
    return m_dialog;
}

} // namespace OpenMairie::CoreUi
