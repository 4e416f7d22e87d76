#include "ListFilterBar.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace OpenMairie::CoreUi {

ListFilterBar::ListFilterBar(const QString &placeholder, const QString &retiredLabel, QWidget *parent)
    : QWidget(parent), m_text(new QLineEdit(this)), m_retired(new QCheckBox(retiredLabel, this))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_text->setObjectName(QStringLiteral("filtre"));
    m_text->setPlaceholderText(placeholder);
    m_text->setClearButtonEnabled(true);
    m_retired->setObjectName(QStringLiteral("afficherRetirees"));
    row->addWidget(m_text, 1);
    row->addWidget(m_retired);
    connect(m_text, &QLineEdit::textChanged, this, &ListFilterBar::changed);
    connect(m_retired, &QCheckBox::toggled, this, &ListFilterBar::changed);
}

QString ListFilterBar::text() const { return m_text->text(); }
void ListFilterBar::setText(const QString &text) { m_text->setText(text); }
bool ListFilterBar::showRetired() const { return m_retired->isChecked(); }
void ListFilterBar::setShowRetired(bool show) { m_retired->setChecked(show); }

void ListFilterBar::insertWidget(QWidget *widget)
{
    static_cast<QHBoxLayout *>(layout())->insertWidget(0, widget);
}

} // namespace OpenMairie::CoreUi
