#pragma once

#include "openmairie_coreui_export.h"

#include <QDate>
#include <QLineEdit>

namespace OpenMairie::CoreUi {

// A date field for the keyboard: the agent types 20121975 or 20/12/1975 and leaves the field; the
// date is shown as 20/12/1975, or the field turns red with the reason in its tooltip.
class OPENMAIRIE_COREUI_EXPORT DateLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateLineEdit(QWidget *parent = nullptr);

    QDate date() const { return m_date; }
    void setDate(const QDate &date);
    // True when empty or a valid date.
    bool isAcceptable() const;
    QString errorText() const { return m_error; }

signals:
    void dateChanged(const QDate &date);

private:
    void reparse();

    QDate m_date;
    QString m_error;
};

} // namespace OpenMairie::CoreUi
