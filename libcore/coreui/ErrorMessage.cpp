#include "ErrorMessage.h"

#include <QMessageBox>

namespace OpenMairie::CoreUi {

void ErrorMessage::show(QWidget *parent, const QString &title, const Core::Error &error)
{
    QMessageBox box(parent);
    box.setIcon(error.kind() == Core::Error::Kind::InvalidInput ? QMessageBox::Warning : QMessageBox::Critical);
    box.setWindowTitle(title);
    box.setText(error.message());
    if (!error.detail().isEmpty())
        box.setDetailedText(error.detail());
    box.exec();
}

} // namespace OpenMairie::CoreUi
