#include "InlineErrorLabel.h"

namespace OpenMairie::CoreUi {

InlineErrorLabel::InlineErrorLabel(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("errorLabel"));
    setWordWrap(true);
    setStyleSheet(QStringLiteral("color: #a40000;"));
    hide();
}

void InlineErrorLabel::showMessage(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

QString InlineErrorLabel::shownMessage() const
{
    return isHidden() ? QString() : text();
}

} // namespace OpenMairie::CoreUi
