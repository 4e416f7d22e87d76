#pragma once

#include "openmairie_coreui_export.h"

#include <QLabel>

namespace OpenMairie::CoreUi {

// The red sentence under a form that says why it was not saved; hidden while there is nothing to say.
class OPENMAIRIE_COREUI_EXPORT InlineErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit InlineErrorLabel(QWidget *parent = nullptr);

    // Shows the message, or hides the label when it is empty.
    void showMessage(const QString &message);
    // The message the agent sees (empty when hidden).
    QString shownMessage() const;
};

} // namespace OpenMairie::CoreUi
