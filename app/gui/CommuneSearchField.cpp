#include "CommuneSearchField.h"

#include "TextNormalizer.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QRegularExpression>
#include <QStandardItemModel>

namespace OpenMairie::Gui {

namespace {
constexpr int kCodeRole = Qt::UserRole + 1;
constexpr int kSuggestions = 15;
} // namespace

CommuneSearchField::CommuneSearchField(QWidget *parent) : QLineEdit(parent)
{
    setObjectName(QStringLiteral("communeSearch"));
    setPlaceholderText(tr("Nom de la commune ou code INSEE, par exemple « Arles » ou « 13004 »"));
    setClearButtonEnabled(true);
    m_model = new QStandardItemModel(this);
    m_completer = new QCompleter(m_model, this);
    // The reference already filters (accents, codes): the completer only shows what it is given.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(10);
    setCompleter(m_completer);

    connect(this, &QLineEdit::textEdited, this, &CommuneSearchField::updateSuggestions);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &CommuneSearchField::choose);
}

QString CommuneSearchField::displayText(const Core::InseeCommune &commune)
{
    return QStringLiteral("%1 — %2").arg(commune.label(), commune.code);
}

void CommuneSearchField::updateSuggestions(const QString &text)
{
    if (m_chosen && text != displayText(*m_chosen))
        m_chosen.reset();
    m_model->clear();
    if (text.trimmed().size() < 2) {
        m_completer->popup()->hide();
        return;
    }
    const QList<Core::InseeCommune> found = Core::CommuneReference::instance().search(text, kSuggestions);
    for (const Core::InseeCommune &commune : found) {
        auto *item = new QStandardItem(displayText(commune));
        item->setData(commune.code, kCodeRole);
        m_model->appendRow(item);
    }
    if (found.isEmpty())
        m_completer->popup()->hide();
    else
        m_completer->complete();
}

void CommuneSearchField::choose(const QModelIndex &index)
{
    // The popup's index belongs to the completer's proxy model; the code travels with it.
    const QString code = index.data(kCodeRole).toString();
    Core::Result<Core::InseeCommune> commune = Core::CommuneReference::instance().find(code);
    if (commune)
        setCommune(commune.value());
}

void CommuneSearchField::setCommune(const Core::InseeCommune &commune)
{
    m_chosen = commune;
    setText(displayText(commune));
    emit communeChosen(commune);
}

Core::Result<Core::InseeCommune> CommuneSearchField::resolve() const
{
    if (m_chosen && text() == displayText(*m_chosen))
        return *m_chosen;
    const QString typed = text().trimmed();
    if (typed.isEmpty())
        return Core::Error(tr("Indiquez la commune : tapez le début de son nom ou son code INSEE, puis choisissez-la "
                              "dans la liste."), {}, Core::Error::Kind::InvalidInput);
    // "Arles (13) — 13004" typed or pasted by hand: the code at the end decides.
    static const QRegularExpression trailingCode(QStringLiteral("(\\d[0-9AB]\\d{3})\\s*$"));
    const QRegularExpressionMatch code = trailingCode.match(typed.toUpper());
    if (code.hasMatch()) {
        Core::Result<Core::InseeCommune> byCode = Core::CommuneReference::instance().find(code.captured(1));
        if (byCode)
            return byCode;
    }
    const QString key = Core::TextNormalizer::searchKey(typed);
    QList<Core::InseeCommune> sameName;
    for (const Core::InseeCommune &c : Core::CommuneReference::instance().search(typed, 200))
        if (Core::TextNormalizer::searchKey(c.nom) == key)
            sameName.append(c);
    if (sameName.size() == 1)
        return sameName.constFirst();
    if (sameName.size() > 1)
        return Core::Error(tr("Plusieurs communes s'appellent « %1 » (par exemple %2 et %3) : choisissez la vôtre dans "
                              "la liste ou tapez son code INSEE.")
                               .arg(typed, displayText(sameName.at(0)), displayText(sameName.at(1))),
                           {}, Core::Error::Kind::InvalidInput);
    return Core::Error(tr("Commune introuvable : « %1 ». Tapez le début de son nom ou son code INSEE (5 caractères, "
                          "par exemple 13004), puis choisissez-la dans la liste.").arg(typed),
                       {}, Core::Error::Kind::InvalidInput);
}

} // namespace OpenMairie::Gui
