#pragma once

#include "openmairie_coreui_export.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;

namespace OpenMairie::CoreUi {

// Above a reference list: the search text and "Afficher les valeurs retirées".
class OPENMAIRIE_COREUI_EXPORT ListFilterBar : public QWidget
{
    Q_OBJECT

public:
    ListFilterBar(const QString &placeholder, const QString &retiredLabel, QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    bool showRetired() const;
    void setShowRetired(bool show);
    // Room at the left of the bar for a table choice.
    void insertWidget(QWidget *widget);

signals:
    void changed();

private:
    QLineEdit *m_text;
    QCheckBox *m_retired;
};

} // namespace OpenMairie::CoreUi
