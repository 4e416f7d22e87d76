#pragma once

#include "openmairie_coreui_export.h"

#include <QDate>
#include <QWidget>

class QPushButton;

namespace OpenMairie::CoreUi {

class DateLineEdit;

// Under the form of a reference value: "Nouvelle …" and "Enregistrer", then "Ne plus proposer à
// partir du [date] Retirer". Hidden for an agent who may only read.
class OPENMAIRIE_COREUI_EXPORT RecordActions : public QWidget
{
    Q_OBJECT

public:
    RecordActions(const QString &newLabel, const QString &retireHelp, QWidget *parent = nullptr);

    // Enabled for a saved value that is not retired yet.
    void setRetireEnabled(bool enabled);

signals:
    void newRequested();
    void saveRequested();
    void retireRequested(const QDate &from);

private:
    DateLineEdit *m_retireDate;
    QPushButton *m_retire;
};

} // namespace OpenMairie::CoreUi
