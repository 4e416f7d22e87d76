#include "ErrorPanel.h"

#include "Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace OpenMairie::Gui {

ErrorPanel::ErrorPanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("errorPanel"));
    setFrameShape(QFrame::StyledPanel);
    m_icon = new QLabel(this);
    m_icon->setFixedSize(22, 22);
    m_icon->setAlignment(Qt::AlignTop);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("errorMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setTextFormat(Qt::PlainText);
    m_detailsButton = new QToolButton(this);
    m_detailsButton->setObjectName(QStringLiteral("errorDetailsButton"));
    m_detailsButton->setText(tr("Détails"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolTip(tr("Affiche le message technique, utile à votre prestataire informatique."));
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("errorDetails"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(90);
    m_details->hide();

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addWidget(m_message, 1);
    top->addWidget(m_detailsButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(top);
    layout->addWidget(m_details);

    connect(m_detailsButton, &QToolButton::toggled, m_details, &QWidget::setVisible);
    hide();
}

void ErrorPanel::showKind(Kind kind, const QString &message, const QString &detail)
{
    m_kind = kind;
    QString icon, background, border;
    switch (kind) {
    case Kind::Error:
        icon = QStringLiteral("erreur");
        background = QStringLiteral("#fdecea");
        border = QStringLiteral("#e0a09b");
        break;
    case Kind::Warning:
        icon = QStringLiteral("avertissement");
        background = QStringLiteral("#fff6d6");
        border = QStringLiteral("#e2c770");
        break;
    case Kind::Success:
    case Kind::None:
        icon = QStringLiteral("succes");
        background = QStringLiteral("#e8f5e9");
        border = QStringLiteral("#9ccc9f");
        break;
    }
    setStyleSheet(QStringLiteral("QFrame#errorPanel { background: %1; border: 1px solid %2; border-radius: 4px; }")
                      .arg(background, border));
    m_icon->setPixmap(Icons::get(icon).pixmap(20, 20));
    // Some core messages begin with their subject ("le serveur db, port 5432 exige…"): a sentence on
    // its own starts with a capital.
    QString sentence = message;
    if (!sentence.isEmpty() && sentence.at(0).isLower())
        sentence[0] = sentence.at(0).toUpper();
    m_message->setText(sentence);
    m_details->setPlainText(detail);
    m_detailsButton->setVisible(!detail.isEmpty());
    m_detailsButton->setChecked(false);
    m_details->hide();
    show();
}

void ErrorPanel::showError(const Core::Error &error)
{
    showKind(Kind::Error, error.message(), error.detail());
}

void ErrorPanel::showWarning(const QString &message)
{
    showKind(Kind::Warning, message, {});
}

void ErrorPanel::showSuccess(const QString &message)
{
    showKind(Kind::Success, message, {});
}

void ErrorPanel::clear()
{
    m_kind = Kind::None;
    m_message->clear();
    m_details->clear();
    hide();
}

QString ErrorPanel::message() const
{
    return m_message->text();
}

QString ErrorPanel::detail() const
{
    return m_details->toPlainText();
}

} // namespace OpenMairie::Gui
