#include "InscriptionDialog.h"

#include "CommuneReference.h"
#include "DateLineEdit.h"
#include "VoieService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QVBoxLayout>

namespace OpenMairie::Elec {

InscriptionDialog::InscriptionDialog(ElecService &service, Core::VoieService *voies, const Electeur *existing, QWidget *parent)
    : QDialog(parent), m_service(service), m_voies(voies), m_modification(existing != nullptr)
{
    setWindowTitle(m_modification ? tr("Modification de %1").arg(existing->displayName()) : tr("Nouvelle demande d'inscription"));
    auto *layout = new QVBoxLayout(this);

    auto *demandeBox = new QGroupBox(tr("Demande"), this);
    auto *demandeForm = new QFormLayout(demandeBox);
    m_liste = new QComboBox(this);
    for (const QString &code : Liste::codes())
        m_liste->addItem(code + QStringLiteral(" — ") + Liste::label(code), code);
    m_liste->setEnabled(!m_modification);
    m_type = new QComboBox(this);
    m_dateDemande = new CoreUi::DateLineEdit(this);
    m_dateDemande->setDate(service.today());
    m_provenance = new QComboBox(this);
    const QList<QPair<QString, QString>> provenances{{QStringLiteral("mairie"), tr("Au guichet de la mairie")},
                                                     {QStringLiteral("courrier"), tr("Par courrier")},
                                                     {QStringLiteral("en_ligne"), tr("En ligne (service-public.fr)")},
                                                     {QStringLiteral("tiers"), tr("Par un tiers mandaté")},
                                                     {QStringLiteral("insee"), tr("INSEE")},
                                                     {QStringLiteral("consulaire"), tr("Listes consulaires")}};
    for (const auto &[code, label] : provenances)
        m_provenance->addItem(label, code);
    m_communeProvenance = new QLineEdit(this);
    demandeForm->addRow(tr("&Liste :"), m_liste);
    demandeForm->addRow(tr("&Motif :"), m_type);
    demandeForm->addRow(tr("Demande reçue le :"), m_dateDemande);
    demandeForm->addRow(tr("&Provenance :"), m_provenance);
    demandeForm->addRow(tr("Commune de provenance :"), m_communeProvenance);
    layout->addWidget(demandeBox);

    auto *identite = new QGroupBox(tr("État civil"), this);
    auto *idForm = new QFormLayout(identite);
    m_civilite = new QComboBox(this);
    m_civilite->addItems({QString(), QStringLiteral("M."), QStringLiteral("Mme")});
    m_nomNaissance = new QLineEdit(this);
    m_nomUsage = new QLineEdit(this);
    m_prenoms = new QLineEdit(this);
    m_sexe = new QComboBox(this);
    m_sexe->addItem(tr("Féminin"), QStringLiteral("F"));
    m_sexe->addItem(tr("Masculin"), QStringLiteral("M"));
    m_dateNaissance = new CoreUi::DateLineEdit(this);
    m_dateNaissance->setPlaceholderText(tr("20121975 ou 20/12/1975"));
    m_naissanceMode = new QComboBox(this);
    m_naissanceMode->addItem(tr("Né(e) en France"), naissanceModeCode(NaissanceMode::France));
    m_naissanceMode->addItem(tr("Né(e) à l'étranger"), naissanceModeCode(NaissanceMode::Etranger));
    m_naissanceMode->addItem(tr("Né(e) dans un ancien département d'Algérie"), naissanceModeCode(NaissanceMode::Algerie));
    m_naissanceCode = new QLineEdit(this);
    m_communes = new QStringListModel(this);
    auto *communeCompleter = new QCompleter(m_communes, this);
    communeCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    communeCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_naissanceCode->setCompleter(communeCompleter);
    m_naissanceLibelle = new QLineEdit(this);
    m_nationalite = new QLineEdit(this);
    m_nationalite->setPlaceholderText(tr("obligatoire sur les listes complémentaires"));
    idForm->addRow(tr("Civilité :"), m_civilite);
    idForm->addRow(tr("&Nom de naissance :"), m_nomNaissance);
    idForm->addRow(tr("Nom d'&usage :"), m_nomUsage);
    idForm->addRow(tr("P&rénoms :"), m_prenoms);
    idForm->addRow(tr("&Sexe :"), m_sexe);
    idForm->addRow(tr("Né(e) le :"), m_dateNaissance);
    idForm->addRow(tr("Lieu de naissance :"), m_naissanceMode);
    idForm->addRow(tr("Commune ou pays (code ou nom) :"), m_naissanceCode);
    idForm->addRow(tr("Ville (en toutes lettres) :"), m_naissanceLibelle);
    idForm->addRow(tr("Nationalité :"), m_nationalite);
    layout->addWidget(identite);

    auto *adresse = new QGroupBox(tr("Adresse de rattachement et bureau"), this);
    auto *adForm = new QFormLayout(adresse);
    auto *numeroRow = new QHBoxLayout;
    m_numero = new QSpinBox(this);
    m_numero->setRange(0, 99999);
    m_numero->setSpecialValueText(tr("sans numéro"));
    m_complementNumero = new QComboBox(this);
    m_complementNumero->setEditable(true);
    m_complementNumero->addItems({QString(), QStringLiteral("bis"), QStringLiteral("ter"), QStringLiteral("quater")});
    numeroRow->addWidget(m_numero);
    numeroRow->addWidget(m_complementNumero);
    m_voie = new QLineEdit(this);
    m_voie->setPlaceholderText(tr("tapez une partie du nom : « republique »"));
    m_voiesModel = new QStringListModel(this);
    auto *voieCompleter = new QCompleter(m_voiesModel, this);
    voieCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    voieCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_voie->setCompleter(voieCompleter);
    m_complementAdresse = new QLineEdit(this);
    m_telephone = new QLineEdit(this);
    m_courriel = new QLineEdit(this);
    auto *bureauRow = new QHBoxLayout;
    m_bureauDerive = new QLabel(this);
    m_bureauForce = new QCheckBox(tr("Forcer le bureau :"), this);
    m_bureau = new QComboBox(this);
    m_bureau->setEnabled(false);
    if (Core::Result<QList<Bureau>> bureaux = service.bureaux(); bureaux) {
        m_bureaux = bureaux.value();
        for (const Bureau &b : m_bureaux)
            m_bureau->addItem(b.code + QStringLiteral(" ") + b.libelle, b.id);
    }
    bureauRow->addWidget(m_bureauDerive, 1);
    bureauRow->addWidget(m_bureauForce);
    bureauRow->addWidget(m_bureau);
    adForm->addRow(tr("Numéro :"), numeroRow);
    adForm->addRow(tr("&Voie :"), m_voie);
    adForm->addRow(tr("Complément d'adresse :"), m_complementAdresse);
    adForm->addRow(tr("Bureau de vote :"), bureauRow);
    adForm->addRow(tr("Téléphone :"), m_telephone);
    adForm->addRow(tr("Courriel :"), m_courriel);
    layout->addWidget(adresse);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Enregistrer la demande"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_naissanceMode, &QComboBox::currentIndexChanged, this, &InscriptionDialog::updateBirthPlace);
    connect(m_naissanceCode, &QLineEdit::textEdited, this, &InscriptionDialog::completeCommune);
    connect(m_voie, &QLineEdit::textEdited, this, &InscriptionDialog::completeVoie);
    connect(m_voie, &QLineEdit::textChanged, this, &InscriptionDialog::updateBureau);
    connect(m_numero, &QSpinBox::valueChanged, this, &InscriptionDialog::updateBureau);
    connect(m_bureauForce, &QCheckBox::toggled, m_bureau, &QWidget::setEnabled);
    connect(m_bureauForce, &QCheckBox::toggled, this, &InscriptionDialog::updateBureau);

    fillTypes();
    if (existing) {
        m_electeurId = existing->id;
        m_version = existing->version;
        m_liste->setCurrentIndex(m_liste->findData(existing->liste));
        m_civilite->setCurrentText(existing->civilite);
        m_nomNaissance->setText(existing->nomNaissance);
        m_nomUsage->setText(existing->nomUsage);
        m_prenoms->setText(existing->prenoms);
        m_sexe->setCurrentIndex(m_sexe->findData(existing->sexe));
        m_dateNaissance->setDate(existing->dateNaissance);
        m_naissanceMode->setCurrentIndex(m_naissanceMode->findData(naissanceModeCode(existing->naissanceMode)));
        m_naissanceCode->setText(existing->naissanceCode);
        m_naissanceLibelle->setText(existing->naissanceLibelle);
        m_nationalite->setText(existing->nationalite);
        m_numero->setValue(existing->numeroVoie);
        m_complementNumero->setCurrentText(existing->complementNumero);
        m_voieIds.insert(existing->voieLibelle, existing->voieId);
        m_voie->setText(existing->voieLibelle);
        m_complementAdresse->setText(existing->complementAdresse);
        m_telephone->setText(existing->telephone);
        m_courriel->setText(existing->courriel);
        m_bureauForce->setChecked(existing->bureauForce);
        m_bureau->setCurrentIndex(m_bureau->findData(existing->bureauId));
    }
    updateBirthPlace();
    updateBureau();
    (m_modification ? static_cast<QWidget *>(m_type) : m_nomNaissance)->setFocus();
}

void InscriptionDialog::fillTypes()
{
    const QString categorie = m_modification ? QStringLiteral("modification") : QStringLiteral("inscription");
    if (Core::Result<QList<TypeMouvement>> types = m_service.typesMouvement(); types)
        for (const TypeMouvement &t : types.value())
            if (t.categorie == categorie && t.code != u"MBUR")
                m_type->addItem(t.libelle, t.code);
}

void InscriptionDialog::updateBirthPlace()
{
    const QString mode = m_naissanceMode->currentData().toString();
    m_naissanceLibelle->setEnabled(mode != u"france");
    m_naissanceCode->setPlaceholderText(mode == u"france"     ? tr("13004 ou « Arles »")
                                        : mode == u"etranger" ? tr("code pays 99xxx, par exemple 99134 (Espagne)")
                                                              : tr("91352 Alger, 92352 Oran, 93352 Constantine, 94352 Sud"));
}

void InscriptionDialog::completeCommune(const QString &text)
{
    if (m_naissanceMode->currentData().toString() != u"france" || text.size() < 2)
        return;
    QStringList items;
    for (const Core::InseeCommune &c : Core::CommuneReference::instance().search(text, 15))
        items.append(c.code + QStringLiteral(" ") + c.label());
    m_communes->setStringList(items);
}

void InscriptionDialog::completeVoie(const QString &text)
{
    if (!m_voies || text.size() < 2)
        return;
    QStringList items;
    if (Core::Result<QList<Core::Voie>> found = m_voies->search(text); found)
        for (const Core::Voie &v : found.value()) {
            items.append(v.displayName());
            m_voieIds.insert(v.displayName(), v.id);
        }
    m_voiesModel->setStringList(items);
}

void InscriptionDialog::updateBureau()
{
    if (m_bureauForce->isChecked()) {
        m_bureauDerive->setText(tr("forcé"));
        return;
    }
    const qint64 voieId = m_voieIds.value(m_voie->text());
    if (voieId == 0) {
        m_bureauDerive->setText(tr("choisissez la voie dans la liste"));
        return;
    }
    Core::Result<qint64> bureau = m_service.bureauDeAdresse(voieId, m_numero->value());
    QString label = tr("aucun bureau ne couvre ce numéro : complétez le découpage ou forcez le bureau");
    if (bureau && bureau.value() > 0)
        for (const Bureau &b : m_bureaux)
            if (b.id == bureau.value())
                label = tr("bureau %1 — %2 (d'après le découpage)").arg(b.code, b.libelle);
    m_bureauDerive->setText(label);
}

Electeur InscriptionDialog::electeur() const
{
    Electeur e;
    e.id = m_electeurId;
    e.liste = m_liste->currentData().toString();
    e.civilite = m_civilite->currentText();
    e.nomNaissance = m_nomNaissance->text();
    e.nomUsage = m_nomUsage->text();
    e.prenoms = m_prenoms->text();
    e.sexe = m_sexe->currentData().toString();
    e.dateNaissance = m_dateNaissance->date();
    parseNaissanceMode(m_naissanceMode->currentData().toString(), &e.naissanceMode);
    // "13004 Arles (13)" from the completer: the code is the first word.
    e.naissanceCode = m_naissanceCode->text().section(u' ', 0, 0);
    e.naissanceLibelle = e.naissanceMode == NaissanceMode::France ? m_naissanceCode->text().section(u' ', 1).section(QStringLiteral(" ("), 0, 0)
                                                                  : m_naissanceLibelle->text();
    e.nationalite = m_nationalite->text();
    e.numeroVoie = m_numero->value();
    e.complementNumero = m_complementNumero->currentText();
    e.voieId = m_voieIds.value(m_voie->text());
    e.complementAdresse = m_complementAdresse->text();
    e.telephone = m_telephone->text();
    e.courriel = m_courriel->text();
    e.bureauForce = m_bureauForce->isChecked();
    e.bureauId = e.bureauForce ? m_bureau->currentData().toLongLong() : 0;
    return e;
}

Demande InscriptionDialog::demande() const
{
    Demande d;
    d.typeCode = m_type->currentData().toString();
    d.dateDemande = m_dateDemande->date();
    d.provenance = m_provenance->currentData().toString();
    d.communeProvenance = m_communeProvenance->text();
    return d;
}

QString InscriptionDialog::errorText() const
{
    return m_error->text();
}

bool InscriptionDialog::save()
{
    if (!m_dateNaissance->isAcceptable() || !m_dateDemande->isAcceptable()) {
        m_error->setText(m_dateNaissance->isAcceptable() ? m_dateDemande->errorText() : m_dateNaissance->errorText());
        return false;
    }
    if (!m_voie->text().trimmed().isEmpty() && m_voieIds.value(m_voie->text()) == 0) {
        m_error->setText(tr("La voie « %1 » n'est pas dans le registre des voies : choisissez-la dans la liste proposée "
                            "en tapant une partie de son nom.").arg(m_voie->text()));
        return false;
    }
    Demande d = demande();
    Core::Result<Mouvement> m = m_modification ? m_service.demanderModification(m_electeurId, m_version, electeur(), d)
                                               : m_service.demanderInscription(electeur(), d);
    if (!m && !m_modification && m.error().kind() == Core::Error::Kind::Conflict
        && m.error().message().startsWith(tr("Inscription suspendue"))) {
        const auto answer = QMessageBox::question(this, tr("Doublon possible"),
                                                  m.error().message() + QStringLiteral("\n\n") + tr("Enregistrer quand même ?"));
        if (answer != QMessageBox::Yes) {
            m_error->setText(m.error().message());
            return false;
        }
        d.doublonConfirme = true;
        m = m_service.demanderInscription(electeur(), d);
    }
    if (!m) {
        m_error->setText(m.error().message());
        return false;
    }
    m_created = m.value();
    return true;
}

} // namespace OpenMairie::Elec
