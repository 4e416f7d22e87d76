#pragma once

#include "Electeur.h"
#include "ElecService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStringListModel;

namespace OpenMairie::Core {
class VoieService;
}
namespace OpenMairie::CoreUi {
class DateLineEdit;
}

namespace OpenMairie::Elec {

// The counter form of a demand: inscription, or modification of an elector's record. Keyboard
// first: dates typed 20121975, commune of birth and street completed as they are typed, the
// bureau shown as soon as the address is known. It only calls ElecService.
class InscriptionDialog final : public QDialog
{
    Q_OBJECT

public:
    // existing: the elector to modify; nullptr for a new inscription.
    InscriptionDialog(ElecService &service, Core::VoieService *voies, const Electeur *existing, QWidget *parent = nullptr);

    Electeur electeur() const;
    Demande demande() const;
    const Mouvement &created() const { return m_created; }

    // Fills and saves (tests): same path as the button.
    bool save();
    QString errorText() const;

private:
    void fillTypes();
    void updateBirthPlace();
    void updateBureau();
    void completeCommune(const QString &text);
    void completeVoie(const QString &text);

    ElecService &m_service;
    Core::VoieService *m_voies;
    const bool m_modification;
    qint64 m_electeurId = 0;
    int m_version = 0;
    Mouvement m_created;
    QHash<QString, qint64> m_voieIds;
    QList<Bureau> m_bureaux;

    QComboBox *m_liste;
    QComboBox *m_type;
    CoreUi::DateLineEdit *m_dateDemande;
    QComboBox *m_provenance;
    QLineEdit *m_communeProvenance;
    QComboBox *m_civilite;
    QLineEdit *m_nomNaissance;
    QLineEdit *m_nomUsage;
    QLineEdit *m_prenoms;
    QComboBox *m_sexe;
    CoreUi::DateLineEdit *m_dateNaissance;
    QComboBox *m_naissanceMode;
    QLineEdit *m_naissanceCode;
    QLineEdit *m_naissanceLibelle;
    QStringListModel *m_communes;
    QLineEdit *m_nationalite;
    QSpinBox *m_numero;
    QComboBox *m_complementNumero;
    QLineEdit *m_voie;
    QStringListModel *m_voiesModel;
    QLineEdit *m_complementAdresse;
    QLineEdit *m_telephone;
    QLineEdit *m_courriel;
    QCheckBox *m_bureauForce;
    QComboBox *m_bureau;
    QLabel *m_bureauDerive;
    QLabel *m_error;
};

} // namespace OpenMairie::Elec
