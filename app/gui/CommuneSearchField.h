#pragma once

#include "CommuneReference.h"

#include <QLineEdit>

#include <optional>

class QCompleter;
class QStandardItemModel;

namespace OpenMairie::Gui {

// The commune typed by name or INSEE code, accents and case ignored ("arles", "ARLES", "13004"),
// with a completion list "Arles (13) — 13004" drawn from the INSEE reference.
class CommuneSearchField final : public QLineEdit
{
    Q_OBJECT

public:
    explicit CommuneSearchField(QWidget *parent = nullptr);

    // The chosen commune; when nothing was picked from the list, the typed text if it names exactly
    // one commune (its code, or its full name when unique). Otherwise a French error saying why.
    Core::Result<Core::InseeCommune> resolve() const;
    void setCommune(const Core::InseeCommune &commune);

    QCompleter *communeCompleter() const { return m_completer; }
    static QString displayText(const Core::InseeCommune &commune);

signals:
    void communeChosen(const Core::InseeCommune &commune);

private:
    void updateSuggestions(const QString &text);
    void choose(const QModelIndex &index);

    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_model = nullptr;
    std::optional<Core::InseeCommune> m_chosen;
};

} // namespace OpenMairie::Gui
