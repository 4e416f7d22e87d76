#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace OpenMairie::Elec {

// The three lists of a commune (L16, LO227-1): principale, complémentaire européenne and municipale.
struct Liste
{
    static const QStringList &codes(); // LP, LCE, LCM
    static bool isValid(const QString &code);
    static bool isComplementaire(const QString &code);
    static QString label(const QString &code); // "liste principale"...
};

// Where an elector was born (openElec's three modes).
enum class NaissanceMode { France, Etranger, Algerie };
QString naissanceModeCode(NaissanceMode mode);
bool parseNaissanceMode(const QString &code, NaissanceMode *mode);

// One elector of one list, as stored (id > 0) or as typed at the counter (id == 0).
struct Electeur
{
    qint64 id = 0;
    QString liste = QStringLiteral("LP");
    QString ine;
    QString civilite;
    QString nomNaissance;
    QString nomUsage;
    QString prenoms;
    QString sexe; // M or F
    QDate dateNaissance;
    NaissanceMode naissanceMode = NaissanceMode::France;
    QString naissanceCode;    // INSEE commune, 99xxx country, or 9x352
    QString naissanceLibelle; // town name (required abroad and in Algeria)
    QString nationalite;
    int numeroVoie = 0;
    QString complementNumero; // bis, ter...
    qint64 voieId = 0;
    QString voieLibelle;      // read only: the street's display name
    QString complementAdresse;
    QString contactAdresse;
    QString contactCodePostal;
    QString contactVille;
    QString contactPays;
    QString telephone;
    QString courriel;
    qint64 bureauId = 0;
    QString bureauCode;       // read only
    bool bureauForce = false;
    int numeroOrdre = 0;
    QString situation = QStringLiteral("inscrit");
    QDate dateInscription;
    QDate dateRadiation;
    QString motifRadiation;
    QString observations;
    int version = 0;
    QDateTime updatedAt;
    QString updatedBy;

    bool isRadie() const { return situation == u"radie"; }
    // "DUPONT épouse MARTIN Marie Claire"
    QString displayName() const;
    // "12 bis rue de la République"
    QString adresse() const;

    // The fields a mouvement carries (the elector as he will be), without bookkeeping.
    QJsonObject toJson() const;
    static Electeur fromJson(const QJsonObject &json);
};

} // namespace OpenMairie::Elec
