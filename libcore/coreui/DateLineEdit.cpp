#include "DateLineEdit.h"

#include "FrenchDate.h"

namespace OpenMairie::CoreUi {

DateLineEdit::DateLineEdit(QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("JJ/MM/AAAA"));
    setMaxLength(10);
    connect(this, &QLineEdit::editingFinished, this, &DateLineEdit::reparse);
    connect(this, &QLineEdit::textEdited, this, [this] {
        setStyleSheet({});
        setToolTip({});
    });
}

void DateLineEdit::setDate(const QDate &date)
{
    m_date = date;
    m_error.clear();
    setText(Core::FrenchDate::format(date));
    setStyleSheet({});
    setToolTip({});
}

bool DateLineEdit::isAcceptable() const
{
    return text().trimmed().isEmpty() || m_date.isValid();
}

void DateLineEdit::reparse()
{
    const QString t = text().trimmed();
    const QDate before = m_date;
    if (t.isEmpty()) {
        m_date = {};
        m_error.clear();
    } else if (Core::Result<QDate> d = Core::FrenchDate::parse(t); d) {
        m_date = d.value();
        m_error.clear();
        setText(Core::FrenchDate::format(m_date));
    } else {
        m_date = {};
        m_error = d.error().message();
    }
    setStyleSheet(m_error.isEmpty() ? QString() : QStringLiteral("QLineEdit { background: #fde2e1; }"));
    setToolTip(m_error);
    if (before != m_date)
        emit dateChanged(m_date);
}

} // namespace OpenMairie::CoreUi
