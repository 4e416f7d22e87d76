#include "MessageLine.h"

namespace OpenMairie::CoreUi {

MessageLine::MessageLine(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("message"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void MessageLine::showInfo(const QString &text)
{
    setStyleSheet({});
    setText(text);
}

void MessageLine::showError(const QString &text)
{
    setStyleSheet(QStringLiteral("color: #b00020;"));
    setText(text);
}

} // namespace OpenMairie::CoreUi
