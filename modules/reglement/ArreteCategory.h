#pragma once

#include <QList>
#include <QString>

namespace OpenMairie::Reglement {

// How an act is brought to the knowledge of those it concerns (CGCT L2131-1): a regulatory act is
// published or posted, an individual act is notified, and some categories hold both kinds.
enum class ActNature {
    Reglementaire,
    Individuelle,
    Mixte, // police decisions and "autre": regulatory or individual, published or notified
};

// The categories of the register. The code is stored; the label is what agents read.
class ArreteCategory
{
public:
    ArreteCategory() = default;
    ArreteCategory(QString code, QString label, ActNature nature, bool transmissionByDefault);

    const QString &code() const { return m_code; }
    const QString &label() const { return m_label; }
    ActNature nature() const { return m_nature; }
    // Whether CGCT L2131-2 submits acts of this category to the préfet (contrôle de légalité).
    // Circulation and parking decisions are excluded by L2131-2 2°.
    bool transmissionByDefault() const { return m_transmissionByDefault; }
    bool isValid() const { return !m_code.isEmpty(); }

    static const QList<ArreteCategory> &all();
    static ArreteCategory fromCode(const QString &code);
    // Accepts the code in any case, or the label without accents ("police du maire").
    static ArreteCategory find(const QString &codeOrLabel);
    static QString labelOf(const QString &code);
    // "reglementaire, individuel, ..." for error messages.
    static QString codeList();

private:
    QString m_code;
    QString m_label;
    ActNature m_nature = ActNature::Mixte;
    bool m_transmissionByDefault = true;
};

} // namespace OpenMairie::Reglement
