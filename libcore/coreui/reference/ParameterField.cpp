#include "ParameterField.h"

#include "DateLineEdit.h"

#include "FrenchDate.h"
#include "reference/ParameterValue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>

namespace OpenMairie::CoreUi {

using Core::ParameterType;

ParameterField::ParameterField(const Core::CommuneParameterValue &value, QWidget *parent)
    : QWidget(parent), m_value(value)
{
    setObjectName(QStringLiteral("parametre_") + value.declaration.name);
    build();
    setStored(value);
}

void ParameterField::build()
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    const Core::ParameterDeclaration &d = m_value.declaration;
    auto changed = [this] {
        if (!m_settingUp)
            emit edited();
    };
    switch (d.type) {
    case ParameterType::Text:
    case ParameterType::Integer: {
        auto *e = new QLineEdit(this);
        if (d.type == ParameterType::Integer)
            e->setMaximumWidth(120);
        connect(e, &QLineEdit::textChanged, this, changed);
        m_editor = e;
        break;
    }
    case ParameterType::MultilineText: {
        auto *e = new QPlainTextEdit(this);
        e->setTabChangesFocus(true);
        e->setFixedHeight(fontMetrics().lineSpacing() * 4 + 12);
        connect(e, &QPlainTextEdit::textChanged, this, changed);
        m_editor = e;
        break;
    }
    case ParameterType::Date: {
        auto *e = new DateLineEdit(this);
        e->setMaximumWidth(120);
        connect(e, &QLineEdit::textChanged, this, changed);
        m_editor = e;
        break;
    }
    case ParameterType::Boolean: {
        auto *e = new QCheckBox(tr("Oui"), this);
        connect(e, &QCheckBox::toggled, this, changed);
        m_editor = e;
        break;
    }
    case ParameterType::Choice: {
        auto *e = new QComboBox(this);
        for (const Core::ParameterChoice &c : d.choices)
            e->addItem(c.label, c.code);
        connect(e, &QComboBox::currentIndexChanged, this, changed);
        m_editor = e;
        break;
    }
    case ParameterType::Image: {
        m_preview = new QLabel(this);
        m_preview->setObjectName(QStringLiteral("apercu"));
        m_preview->setFixedSize(160, 80);
        m_preview->setAlignment(Qt::AlignCenter);
        m_preview->setFrameShape(QFrame::StyledPanel);
        auto *choose = new QPushButton(tr("Choisir une image…"), this);
        choose->setObjectName(QStringLiteral("choisir"));
        connect(choose, &QPushButton::clicked, this, [this] { emit imageFileRequested(m_value.declaration.name); });
        m_chooseButton = choose;
        row->addWidget(m_preview);
        row->addWidget(choose, 0, Qt::AlignVCenter);
        break;
    }
    }
    if (m_editor) {
        m_editor->setObjectName(QStringLiteral("editeur"));
        m_editor->setToolTip(d.help);
        row->addWidget(m_editor, 1);
    }
    // Narrow editors (number, date, check box, image) keep the note and the button in one column.
    if (m_preview || m_editor->maximumWidth() < QWIDGETSIZE_MAX || d.type == ParameterType::Boolean)
        row->addStretch(1);
    m_defaultNote = new QLabel(this);
    m_defaultNote->setObjectName(QStringLiteral("valeurParDefaut"));
    m_defaultNote->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_defaultNote->setFixedWidth(fontMetrics().horizontalAdvance(tr("(valeur par défaut)")) + 8);
    row->addWidget(m_defaultNote);
    auto *reset = new QPushButton(tr("Valeur par défaut"), this);
    reset->setObjectName(QStringLiteral("reinitialiser"));
    reset->setToolTip(tr("Efface la valeur propre à la commune : la valeur par défaut s'applique."));
    connect(reset, &QPushButton::clicked, this, [this] { emit resetRequested(m_value.declaration.name); });
    m_resetButton = reset;
    row->addWidget(reset);
}

void ParameterField::setStored(const Core::CommuneParameterValue &value, const QByteArray &image)
{
    m_settingUp = true;
    m_value = value;
    m_pendingImage.clear();
    const QString v = value.value;
    if (auto *e = qobject_cast<DateLineEdit *>(m_editor)) {
        e->setDate(Core::FrenchDate::parse(v).ok() ? Core::FrenchDate::parse(v).value() : QDate());
    } else if (auto *e = qobject_cast<QLineEdit *>(m_editor)) {
        e->setText(v);
    } else if (auto *e = qobject_cast<QPlainTextEdit *>(m_editor)) {
        e->setPlainText(v);
    } else if (auto *e = qobject_cast<QCheckBox *>(m_editor)) {
        e->setChecked(Core::ParameterValue::isTrue(v));
    } else if (auto *e = qobject_cast<QComboBox *>(m_editor)) {
        e->setCurrentIndex(std::max(0, e->findData(v)));
    }
    if (m_preview)
        showImage(image);
    m_defaultNote->setText(value.isDefault ? tr("(valeur par défaut)") : QString());
    m_resetButton->setEnabled(!value.isDefault);
    m_settingUp = false;
}

void ParameterField::showImage(const QByteArray &bytes)
{
    QImage image = QImage::fromData(bytes);
    if (image.isNull()) {
        m_preview->setPixmap({});
        m_preview->setText(tr("Aucun logo"));
        return;
    }
    m_preview->setText({});
    m_preview->setPixmap(QPixmap::fromImage(image.scaled(m_preview->size() - QSize(8, 8), Qt::KeepAspectRatio,
                                                         Qt::SmoothTransformation)));
}

void ParameterField::setPendingImage(const QByteArray &bytes)
{
    m_pendingImage = bytes;
    showImage(bytes);
    m_defaultNote->setText(tr("(à enregistrer)"));
    emit edited();
}

QString ParameterField::text() const
{
    if (auto *e = qobject_cast<const QLineEdit *>(m_editor))
        return e->text();
    if (auto *e = qobject_cast<const QPlainTextEdit *>(m_editor))
        return e->toPlainText();
    if (auto *e = qobject_cast<const QCheckBox *>(m_editor))
        return e->isChecked() ? QStringLiteral("oui") : QStringLiteral("non");
    if (auto *e = qobject_cast<const QComboBox *>(m_editor))
        return e->currentData().toString();
    return {};
}

bool ParameterField::isModified() const
{
    if (m_value.declaration.type == ParameterType::Image)
        return !m_pendingImage.isEmpty();
    if (m_value.declaration.type == ParameterType::Boolean && m_value.value.isEmpty())
        return text() == u"oui";
    // Compared in stored form, so that " 12" or "20121975" typed for an unchanged value is no change.
    Core::Result<QString> typed = Core::ParameterValue::normalize(m_value.declaration, text());
    return !typed.ok() || typed.value() != m_value.value;
}

void ParameterField::setEditable(bool editable)
{
    if (m_editor)
        m_editor->setEnabled(editable);
    m_resetButton->setVisible(editable);
    if (m_chooseButton)
        m_chooseButton->setVisible(editable);
}

} // namespace OpenMairie::CoreUi
