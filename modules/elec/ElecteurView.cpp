#include "ElecteurView.h"

#include "ElecDeadlines.h"
#include "ElecLinks.h"
#include "ElecService.h"
#include "ElecteurListModel.h"
#include "InscriptionDialog.h"

#include "FrenchDate.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace OpenMairie::Elec {

ElecteurView::ElecteurView(ElecService &service, Core::VoieService *voies, QWidget *parent)
    : QWidget(parent), m_service(service), m_voies(voies), m_model(new ElecteurListModel(service, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_liste = new QComboBox(this);
    for (const QString &code : Liste::codes())
        m_liste->addItem(code + QStringLiteral(" — ") + Liste::label(code), code);
    m_bureau = new QComboBox(this);
    m_situation = new QComboBox(this);
    m_situation->addItem(tr("Inscrits"), QStringLiteral("inscrit"));
    m_situation->addItem(tr("Radiés"), QStringLiteral("radie"));
    m_situation->addItem(tr("Inscrits et radiés"), QString());
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Rechercher : nom puis prénom, date de naissance (20121975) ou INE"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    filters->addWidget(new QLabel(tr("Liste :"), this));
    filters->addWidget(m_liste);
    filters->addWidget(new QLabel(tr("Bureau :"), this));
    filters->addWidget(m_bureau);
    filters->addWidget(m_situation);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    layout->addLayout(filters);

    auto *actions = new QHBoxLayout;
    auto *nouvelle = new QPushButton(tr("Nouvelle inscription…"), this);
    m_modifier = new QPushButton(tr("Modifier (adresse, nom d'usage)…"), this);
    m_radier = new QPushButton(tr("Radier…"), this);
    nouvelle->setEnabled(service.sessionAllows(ElecService::kPermissionSaisir));
    actions->addWidget(nouvelle);
    actions->addWidget(m_modifier);
    actions->addWidget(m_radier);
    actions->addStretch();
    layout->addLayout(actions);

    auto *splitter = new QSplitter(this);
    m_table = new QTableView(splitter);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(22);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ElecteurListModel::Numero, 80);
    m_table->setColumnWidth(ElecteurListModel::Bureau, 60);
    m_table->setColumnWidth(ElecteurListModel::NomNaissance, 150);
    m_table->setColumnWidth(ElecteurListModel::Prenoms, 150);
    m_table->setColumnWidth(ElecteurListModel::Adresse, 220);
    m_record = new QTextBrowser(splitter);
    m_record->setMinimumWidth(320);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    m_message = new QLabel(this);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_message);

    m_typing.setSingleShot(true);
    m_typing.setInterval(150);
    connect(&m_typing, &QTimer::timeout, this, &ElecteurView::applyFilter);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_typing.start(); });
    connect(m_liste, &QComboBox::currentIndexChanged, this, [this] {
        fillBureaux();
        applyFilter();
    });
    connect(m_bureau, &QComboBox::currentIndexChanged, this, &ElecteurView::applyFilter);
    connect(m_situation, &QComboBox::currentIndexChanged, this, &ElecteurView::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ElecteurView::showCurrent);
    connect(m_model, &ElecteurListModel::loadFailed, m_message, &QLabel::setText);
    connect(nouvelle, &QPushButton::clicked, this, &ElecteurView::newInscription);
    connect(m_modifier, &QPushButton::clicked, this, &ElecteurView::modifyCurrent);
    connect(m_radier, &QPushButton::clicked, this, &ElecteurView::radiateCurrent);

    fillBureaux();
    applyFilter();
    showCurrent();
}

void ElecteurView::fillBureaux()
{
    const QSignalBlocker blocker(m_bureau);
    const qint64 previous = m_bureau->currentData().toLongLong();
    m_bureau->clear();
    m_bureau->addItem(tr("Tous"), qint64(0));
    if (Core::Result<QList<Bureau>> bureaux = m_service.bureaux(m_liste->currentData().toString()); bureaux)
        for (const Bureau &b : bureaux.value())
            m_bureau->addItem(tr("%1 %2 (%3)").arg(b.code, b.libelle).arg(b.inscrits), b.id);
    m_bureau->setCurrentIndex(std::max(0, m_bureau->findData(previous)));
}

void ElecteurView::applyFilter()
{
    ElecteurFilter filter;
    filter.liste = m_liste->currentData().toString();
    filter.bureauId = m_bureau->currentData().toLongLong();
    filter.situation = m_situation->currentData().toString();
    filter.texte = m_search->text();
    m_message->clear();
    m_model->setFilter(filter);
    ElecteurFilter counting = filter;
    counting.texte.clear();
    Core::Result<int> total = m_service.count(counting);
    if (!filter.texte.trimmed().isEmpty())
        m_count->setText(tr("%n résultat(s)", nullptr, m_model->rowCount()));
    else
        m_count->setText(total ? tr("%n électeur(s)", nullptr, total.value()) : QString());
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

qint64 ElecteurView::currentId() const
{
    const Electeur *e = m_model->electeurAt(m_table->currentIndex().row());
    return e ? e->id : m_shownId;
}

void ElecteurView::showCurrent()
{
    const Electeur *e = m_model->electeurAt(m_table->currentIndex().row());
    m_modifier->setEnabled(e && !e->isRadie() && m_service.sessionAllows(ElecService::kPermissionSaisir));
    m_radier->setEnabled(e && !e->isRadie() && m_service.sessionAllows(ElecService::kPermissionSaisir));
    if (!e) {
        m_record->setHtml(tr("<p>Choisissez un électeur dans la liste pour voir sa fiche et l'historique de ses "
                             "mouvements.</p>"));
        return;
    }
    showElecteur(e->id);
}

bool ElecteurView::showElecteur(qint64 id)
{
    Core::Result<Electeur> found = m_service.electeur(id);
    if (!found) {
        m_message->setText(found.error().message());
        return false;
    }
    const Electeur &e = found.value();
    m_shownId = e.id;
    const auto row = [](const QString &label, const QString &value) {
        return value.isEmpty() ? QString() : QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label, value.toHtmlEscaped());
    };
    QString naissance = Core::FrenchDate::format(e.dateNaissance);
    naissance += e.naissanceMode == NaissanceMode::France ? tr(" — commune %1 %2").arg(e.naissanceCode, e.naissanceLibelle)
                                                          : tr(" — %1 (%2)").arg(e.naissanceLibelle, e.naissanceCode);
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=4>").arg(e.displayName().toHtmlEscaped());
    html += row(tr("Liste"), Liste::label(e.liste));
    html += row(tr("Situation"), e.isRadie() ? tr("radié le %1 : %2").arg(Core::FrenchDate::format(e.dateRadiation), e.motifRadiation)
                                             : tr("inscrit depuis le %1").arg(Core::FrenchDate::format(e.dateInscription)));
    html += row(tr("INE"), e.ine.isEmpty() ? tr("pas encore attribué par le REU") : e.ine);
    html += row(tr("Bureau"), tr("%1%2, n° d'ordre %3").arg(e.bureauCode, e.bureauForce ? tr(" (forcé)") : QString()).arg(e.numeroOrdre));
    html += row(tr("Né(e) le"), naissance);
    html += row(tr("Nationalité"), e.nationalite);
    html += row(tr("Adresse"), e.adresse());
    html += row(tr("Contact"), QStringList{e.contactAdresse, e.contactCodePostal, e.contactVille}.join(u' ').simplified());
    html += row(tr("Téléphone"), e.telephone);
    html += row(tr("Courriel"), e.courriel);
    html += QStringLiteral("</table><h4>%1</h4><ul>").arg(tr("Historique des mouvements"));
    if (Core::Result<QList<MouvementEtape>> steps = m_service.historique(e.id); steps) {
        for (const MouvementEtape &s : steps.value())
            html += QStringLiteral("<li>%1 — <b>%2</b> : %3%4</li>")
                        .arg(Core::FrenchDate::format(s.date), s.typeCode.toHtmlEscaped(), s.commentaire.toHtmlEscaped(),
                             s.par.isEmpty() ? QString() : tr(" (%1)").arg(s.par.toHtmlEscaped()));
        if (steps->isEmpty())
            html += tr("<li>Aucun mouvement enregistré (électeur venu d'un extrait du REU).</li>");
    }
    html += QStringLiteral("</ul>");
    m_record->setHtml(html);
    return true;
}

bool ElecteurView::openTarget(const QString &target)
{
    if (ElecLinks::isNouvelleInscription(target)) {
        newInscription();
        return true;
    }
    const qint64 id = ElecLinks::electeurIdOf(target);
    return id > 0 && showElecteur(id);
}

void ElecteurView::newInscription()
{
    InscriptionDialog dialog(m_service, m_voies, nullptr, this);
    if (dialog.exec() == QDialog::Accepted)
        m_message->setText(tr("Demande enregistrée : elle est en instruction (décision avant le %1) dans « Mouvements "
                              "en cours ».").arg(Core::FrenchDate::format(ElecDeadlines::decisionDeadline(dialog.created().dateDemande)))
                           + (dialog.created().avertissement.isEmpty() ? QString() : u'\n' + dialog.created().avertissement));
}

void ElecteurView::modifyCurrent()
{
    Core::Result<Electeur> e = m_service.electeur(currentId());
    if (!e)
        return;
    InscriptionDialog dialog(m_service, m_voies, &e.value(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_message->setText(tr("Demande de modification enregistrée : elle est en instruction."));
}

void ElecteurView::radiateCurrent()
{
    Core::Result<Electeur> e = m_service.electeur(currentId());
    if (!e)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Radiation de %1").arg(e->displayName()));
    auto *form = new QFormLayout(&dialog);
    auto *type = new QComboBox(&dialog);
    if (Core::Result<QList<TypeMouvement>> types = m_service.typesMouvement(); types)
        for (const TypeMouvement &t : types.value())
            if (t.categorie == u"radiation")
                type->addItem(t.libelle, t.code);
    auto *error = new QLabel(&dialog);
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Enregistrer la demande de radiation"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    form->addRow(tr("Motif :"), type);
    form->addRow(error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        Demande d;
        d.typeCode = type->currentData().toString();
        d.dateDemande = m_service.today();
        Core::Result<Mouvement> m = m_service.demanderRadiation(e->id, d);
        if (!m)
            error->setText(m.error().message());
        else
            dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted) {
        m_message->setText(tr("Demande de radiation enregistrée : elle est en instruction."));
        showElecteur(e->id);
    }
}

} // namespace OpenMairie::Elec
