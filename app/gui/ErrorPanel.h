#pragma once

#include "Result.h"

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace OpenMairie::Gui {

// An inline message under a form: the French sentence first, the technical detail (driver text)
// behind a "Détails" button for the person who will call the provider. Also shows a success line
// ("Connexion réussie"), so that a form has one place for its feedback.
class ErrorPanel final : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorPanel(QWidget *parent = nullptr);

    void showError(const Core::Error &error);
    void showWarning(const QString &message);
    void showSuccess(const QString &message);
    void clear();

    bool hasError() const { return m_kind == Kind::Error; }
    QString message() const;
    QString detail() const;

private:
    enum class Kind { None, Error, Warning, Success };
    void showKind(Kind kind, const QString &message, const QString &detail);

    Kind m_kind = Kind::None;
    QLabel *m_icon = nullptr;
    QLabel *m_message = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QPlainTextEdit *m_details = nullptr;
};

} // namespace OpenMairie::Gui
