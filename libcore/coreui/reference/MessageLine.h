#pragma once

#include "openmairie_coreui_export.h"

#include <QLabel>

namespace OpenMairie::CoreUi {

// The line under an administration screen that says what happened: an error in red (what is
// wrong and what to do), or a plain confirmation. Never a modal box: the agent keeps typing.
class OPENMAIRIE_COREUI_EXPORT MessageLine : public QLabel
{
    Q_OBJECT

public:
    explicit MessageLine(QWidget *parent = nullptr);

    void showInfo(const QString &text);
    void showError(const QString &text);
};

} // namespace OpenMairie::CoreUi
