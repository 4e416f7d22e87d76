#pragma once

#include "GenerationSpec.h"

#include "Result.h"

#include <QList>
#include <QStringList>

namespace OpenMairie::Bench {

struct GeneratedBureau
{
    QString code; // 4 digits
    QString libelle;
};

struct GeneratedVoie
{
    QString code;       // V000001: the commune's own code (10 characters at most)
    QString typeCode;   // voie_type.code
    QString typeLibelle;
    QString libelle;
    int bureau = 0;     // index in bureaux()
    int longueur = 0;   // highest house number

    QString displayName() const { return typeLibelle.isEmpty() ? libelle : typeLibelle + u' ' + libelle; }
};

// A realistic commune, reproducible from its seed: streets and bureaux, electors on the three lists
// (REU extract of issue 6), procurations, cemeteries with plots, concessions and the deceased
// (emplacements.csv / defunts.csv of issue 8), and the street register (core.voies import).
//
// Each elector, plot or procuration is drawn from its own generator (seed, stream, index), so files
// are written as streams (500 000 electors never sit in memory) and a seed always gives the same
// bytes.
class CommuneDataGenerator
{
public:
    explicit CommuneDataGenerator(GenerationSpec spec);

    const GenerationSpec &spec() const { return m_spec; }
    const QList<GeneratedBureau> &bureaux() const { return m_bureaux; }
    const QList<GeneratedVoie> &voies() const { return m_voies; }

    // The files an import takes, in the column formats fixed by the issues.
    static QString voiesFile() { return QStringLiteral("voies.csv"); }
    static QString electeursFile() { return QStringLiteral("electeurs.csv"); }
    static QString procurationsFile() { return QStringLiteral("procurations.csv"); }
    static QString emplacementsFile() { return QStringLiteral("emplacements.csv"); }
    static QString defuntsFile() { return QStringLiteral("defunts.csv"); }
    static const QStringList &electeurColumns();
    static const QStringList &emplacementColumns();
    static const QStringList &defuntColumns();

    Core::Status writeAll(const QString &directory) const;
    Core::Status writeVoies(const QString &path) const;
    Core::Status writeElecteurs(const QString &path) const;
    Core::Status writeProcurations(const QString &path) const;
    Core::Status writeEmplacements(const QString &path) const;
    Core::Status writeDefunts(const QString &path) const;

    // The INE of elector n: unique, nine digits.
    static QString ine(qint64 index);

private:
    struct Plot;
    Plot plotAt(int index) const;

    GenerationSpec m_spec;
    QString m_communeNom;
    QString m_codePostal;
    QList<GeneratedBureau> m_bureaux;
    QList<GeneratedVoie> m_voies;
};

} // namespace OpenMairie::Bench
