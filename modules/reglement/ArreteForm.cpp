#include "ArreteForm.h"

#include "ArreteCategory.h"
#include "ArreteService.h"
#include "ArreteValidator.h"
#include "ExecutoireStatus.h"

#include "DateLineEdit.h"
#include "FrenchDate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace OpenMairie::Reglement {

namespace {
QString errorObjectName(ArreteField field)
{
    switch (field) {
    case ArreteField::DateSignature: return QStringLiteral("erreur_date_signature");
    case ArreteField::Objet: return QStringLiteral("erreur_objet");
    case ArreteField::Categorie: return QStringLiteral("erreur_categorie");
    case ArreteField::Signataire: return QStringLiteral("erreur_signataire");
    case ArreteField::DatePublication: return QStringLiteral("erreur_date_publication");
    case ArreteField::DateTransmission: return QStringLiteral("erreur_date_transmission");
    case ArreteField::DateNotification: return QStringLiteral("erreur_date_notification");
    case ArreteField::Reference: return QStringLiteral("erreur_reference");
    case ArreteField::Observations: return QStringLiteral("erreur_observations");
    case ArreteField::DateFin: return QStringLiteral("erreur_date_fin");
    case ArreteField::MotifFin: return QStringLiteral("erreur_motif_fin");
    }
    return {};
}

// The date typed in a field, or the reason it is not one.
QDate typedDate(const CoreUi::DateLineEdit *edit, QString *error)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return {};
    Core::Result<QDate> d = Core::FrenchDate::parse(text);
    if (!d) {
        *error = d.error().message();
        return {};
    }
    return d.value();
}

const QString kErrorStyle = QStringLiteral("color: #b03a2e;");
} // namespace

ArreteForm::ArreteForm(ArreteService &service, QWidget *parent) : QDialog(parent), m_service(service)
{
    build();
    setWindowTitle(tr("Nouvel arrêté"));
    m_title->setText(tr("Nouvel arrêté — le numéro est attribué à l'enregistrement"));
    m_dateSignature->setDate(m_service.today());
    if (Core::Result<QString> signataire = m_service.defaultSignataire(); signataire)
        m_signataire->setText(signataire.value());
    m_signataire->setCursorPosition(0);
    applyCategoryDefaults();
    refreshMessages();
}

ArreteForm::ArreteForm(ArreteService &service, const Arrete &arrete, QWidget *parent)
    : QDialog(parent), m_service(service), m_existing(arrete)
{
    build();
    setWindowTitle(tr("Arrêté n° %1").arg(arrete.numero));
    m_title->setText(tr("Arrêté n° %1").arg(arrete.numero));
    fill(arrete);
    m_transmissionChosen = true;
    if (!arrete.isActive()) {
        m_stateBanner->setText(
            tr("%1 le %2 : %3").arg(stateLabel(arrete.etat), Core::FrenchDate::format(arrete.dateFin), arrete.motifFin));
        m_stateBanner->show();
    }
    setReadOnly(!arrete.isActive() || !m_service.sessionAllows(ArreteService::kPermissionModifier));
    refreshMessages();
}

QWidget *ArreteForm::withError(QWidget *field, ArreteField key)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto *error = new QLabel(box);
    error->setObjectName(errorObjectName(key));
    error->setStyleSheet(kErrorStyle);
    error->setWordWrap(true);
    error->hide();
    layout->addWidget(error);
    m_errorLabels.insert(key, error);
    return box;
}

void ArreteForm::build()
{
    setMinimumWidth(620);
    auto *root = new QVBoxLayout(this);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("titre"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    root->addWidget(m_title);

    m_stateBanner = new QLabel(this);
    m_stateBanner->setObjectName(QStringLiteral("bandeauEtat"));
    m_stateBanner->setWordWrap(true);
    m_stateBanner->setStyleSheet(QStringLiteral("background: #fdf2d0; padding: 6px;"));
    m_stateBanner->hide();
    root->addWidget(m_stateBanner);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_dateSignature = new CoreUi::DateLineEdit(this);
    m_dateSignature->setObjectName(QStringLiteral("dateSignature"));
    form->addRow(tr("Date de &signature :"), withError(m_dateSignature, ArreteField::DateSignature));

    m_categorie = new QComboBox(this);
    m_categorie->setObjectName(QStringLiteral("categorie"));
    m_categorie->addItem(tr("— choisir —"), QString());
    for (const ArreteCategory &c : ArreteCategory::all())
        m_categorie->addItem(c.label(), c.code());
    form->addRow(tr("&Catégorie :"), withError(m_categorie, ArreteField::Categorie));

    m_objet = new QPlainTextEdit(this);
    m_objet->setObjectName(QStringLiteral("objet"));
    m_objet->setTabChangesFocus(true);
    m_objet->setPlaceholderText(tr("Par exemple : Arrêté portant réglementation temporaire de la circulation rue de "
                                   "la République pour la brocante du 12 mai"));
    m_objet->setFixedHeight(m_objet->fontMetrics().lineSpacing() * 4 + 12);
    m_objetCounter = new QLabel(this);
    m_objetCounter->setObjectName(QStringLiteral("compteurObjet"));
    m_objetCounter->setAlignment(Qt::AlignRight);
    auto *objetBox = new QWidget(this);
    auto *objetLayout = new QVBoxLayout(objetBox);
    objetLayout->setContentsMargins(0, 0, 0, 0);
    objetLayout->setSpacing(0);
    objetLayout->addWidget(m_objet);
    objetLayout->addWidget(m_objetCounter);
    form->addRow(tr("&Objet :"), withError(objetBox, ArreteField::Objet));

    m_signataire = new QLineEdit(this);
    m_signataire->setObjectName(QStringLiteral("signataire"));
    m_signataire->setMaxLength(ArreteValidator::kSignataireMaxLength);
    m_signataire->setPlaceholderText(tr("Nom et qualité, par exemple « Le Maire, Jean Dupont »"));
    form->addRow(tr("Si&gnataire :"), withError(m_signataire, ArreteField::Signataire));

    m_datePublication = new CoreUi::DateLineEdit(this);
    m_datePublication->setObjectName(QStringLiteral("datePublication"));
    form->addRow(tr("&Publication ou affichage :"), withError(m_datePublication, ArreteField::DatePublication));

    m_transmissionRequise = new QCheckBox(tr("Soumis à transmission (contrôle de légalité, CGCT L2131-2)"), this);
    m_transmissionRequise->setObjectName(QStringLiteral("transmissionRequise"));
    m_transmissionRequise->setToolTip(
        tr("Décochez pour les actes que l'article L2131-2 du CGCT ne soumet pas à transmission, par exemple les "
           "arrêtés de circulation et de stationnement."));
    m_dateTransmission = new CoreUi::DateLineEdit(this);
    m_dateTransmission->setObjectName(QStringLiteral("dateTransmission"));
    auto *transmissionBox = new QWidget(this);
    auto *transmissionLayout = new QVBoxLayout(transmissionBox);
    transmissionLayout->setContentsMargins(0, 0, 0, 0);
    transmissionLayout->addWidget(m_dateTransmission);
    transmissionLayout->addWidget(m_transmissionRequise);
    form->addRow(tr("&Transmission à la préfecture :"), withError(transmissionBox, ArreteField::DateTransmission));

    m_dateNotification = new CoreUi::DateLineEdit(this);
    m_dateNotification->setObjectName(QStringLiteral("dateNotification"));
    m_dateNotification->setToolTip(tr("Pour un acte individuel : date à laquelle l'intéressé en a reçu notification."));
    form->addRow(tr("&Notification :"), withError(m_dateNotification, ArreteField::DateNotification));

    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("reference"));
    m_reference->setMaxLength(ArreteValidator::kReferenceMaxLength);
    m_reference->setPlaceholderText(tr("Référence interne ou de l'accusé de réception (facultatif)"));
    form->addRow(tr("&Référence :"), withError(m_reference, ArreteField::Reference));

    m_observations = new QPlainTextEdit(this);
    m_observations->setObjectName(QStringLiteral("observations"));
    m_observations->setTabChangesFocus(true);
    m_observations->setFixedHeight(m_observations->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("O&bservations :"), withError(m_observations, ArreteField::Observations));

    // The register's entry on the first tab, the text that is printed and signed on the second:
    // the agent who only records a signed act never has to scroll through it.
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("onglets"));
    auto *registerPage = new QWidget(tabs);
    registerPage->setLayout(form);
    tabs->addTab(registerPage, tr("&Registre"));
    tabs->addTab(buildTextPage(), tr("Te&xte de l'arrêté"));
    root->addWidget(tabs);

    m_executoire = new QLabel(this);
    m_executoire->setObjectName(QStringLiteral("statutExecutoire"));
    m_executoire->setWordWrap(true);
    root->addWidget(m_executoire);

    m_generalError = new QLabel(this);
    m_generalError->setObjectName(QStringLiteral("erreurGenerale"));
    m_generalError->setWordWrap(true);
    m_generalError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_generalError->setStyleSheet(QStringLiteral("color: #b03a2e; background: #fde2e1; padding: 6px;"));
    m_generalError->hide();
    root->addWidget(m_generalError);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Enregistrer"));
    m_buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Enregistrer (Ctrl+Entrée)"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Fermer"));
    root->addWidget(m_buttons);
    connect(m_buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this] { save(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (!m_readOnly)
                save();
        });
    }

    // Messages follow the typing, but only for the fields the agent has been through: an empty
    // form does not open covered in red.
    auto watchDate = [this](CoreUi::DateLineEdit *edit, ArreteField field) {
        connect(edit, &QLineEdit::editingFinished, this, [this, field] { markTouched(field); });
        connect(edit, &QLineEdit::textEdited, this, [this] { refreshMessages(); });
    };
    watchDate(m_dateSignature, ArreteField::DateSignature);
    watchDate(m_datePublication, ArreteField::DatePublication);
    watchDate(m_dateTransmission, ArreteField::DateTransmission);
    watchDate(m_dateNotification, ArreteField::DateNotification);
    connect(m_categorie, &QComboBox::currentIndexChanged, this, [this] {
        applyCategoryDefaults();
        markTouched(ArreteField::Categorie);
    });
    connect(m_objet, &QPlainTextEdit::textChanged, this, [this] { markTouched(ArreteField::Objet); });
    connect(m_signataire, &QLineEdit::textEdited, this, [this] { markTouched(ArreteField::Signataire); });
    connect(m_reference, &QLineEdit::textEdited, this, [this] { markTouched(ArreteField::Reference); });
    connect(m_observations, &QPlainTextEdit::textChanged, this, [this] { markTouched(ArreteField::Observations); });
    connect(m_transmissionRequise, &QCheckBox::clicked, this, [this] {
        m_transmissionChosen = true;
        refreshMessages();
    });
    m_dateSignature->setFocus();
}

QWidget *ArreteForm::buildTextPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QFormLayout(page);
    layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto textEdit = [this](const QString &name, const QString &placeholder, int lines) {
        auto *edit = new QPlainTextEdit(this);
        edit->setObjectName(name);
        edit->setTabChangesFocus(true);
        edit->setPlaceholderText(placeholder);
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
        return edit;
    };
    m_visas = textEdit(QStringLiteral("visas"),
                       tr("Un visa par ligne, par exemple :\nVu le code général des collectivités territoriales, "
                          "notamment ses articles L.2212-1 et L.2213-1 ;\nVu le code de la route ;"),
                       4);
    m_considerants = textEdit(QStringLiteral("considerants"),
                              tr("Un considérant par ligne, par exemple :\nConsidérant qu'il convient d'assurer la "
                                 "sécurité des usagers pendant la brocante ;"),
                              3);
    m_articles = textEdit(QStringLiteral("articles"),
                          tr("Les articles, séparés par une ligne vide ; ils sont numérotés à l'impression "
                             "(Article 1er, Article 2…).\n\nLe stationnement est interdit rue de la République le "
                             "12 mai de 6 h à 20 h.\n\nLe présent arrêté sera affiché en mairie."),
                          7);
    layout->addRow(tr("&Vu :"), m_visas);
    layout->addRow(tr("C&onsidérant :"), m_considerants);
    layout->addRow(tr("&Arrête :"), m_articles);
    auto *hint = new QLabel(tr("« Le Maire de la commune », la date, la signature, les mentions de publication et "
                               "de transmission et les voies de recours sont ajoutés par le modèle d'impression."),
                            page);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addRow(hint);
    return page;
}

void ArreteForm::fill(const Arrete &a)
{
    const QSignalBlocker b1(m_categorie);
    const QSignalBlocker b2(m_objet);
    const QSignalBlocker b3(m_observations);
    m_dateSignature->setDate(a.dateSignature);
    m_categorie->setCurrentIndex(std::max(0, m_categorie->findData(a.categorie)));
    m_objet->setPlainText(a.objet);
    m_signataire->setText(a.signataire);
    m_signataire->setCursorPosition(0);
    m_datePublication->setDate(a.datePublication);
    m_transmissionRequise->setChecked(a.transmissionRequise);
    m_dateTransmission->setDate(a.dateTransmission);
    m_dateNotification->setDate(a.dateNotification);
    m_reference->setText(a.reference);
    m_observations->setPlainText(a.observations);
    m_visas->setPlainText(a.visas);
    m_considerants->setPlainText(a.considerants);
    m_articles->setPlainText(a.articles);
}

void ArreteForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *e : {static_cast<QLineEdit *>(m_dateSignature), m_signataire,
                         static_cast<QLineEdit *>(m_datePublication), static_cast<QLineEdit *>(m_dateTransmission),
                         static_cast<QLineEdit *>(m_dateNotification), m_reference})
        e->setReadOnly(readOnly);
    m_objet->setReadOnly(readOnly);
    m_observations->setReadOnly(readOnly);
    for (QPlainTextEdit *e : {m_visas, m_considerants, m_articles})
        e->setReadOnly(readOnly);
    m_categorie->setEnabled(!readOnly);
    m_transmissionRequise->setEnabled(!readOnly);
    m_buttons->button(QDialogButtonBox::Save)->setVisible(!readOnly);
    if (readOnly && m_existing && m_existing->isActive()) {
        m_stateBanner->setText(tr("Consultation seule : votre profil ne permet pas de modifier les arrêtés."));
        m_stateBanner->show();
    }
}

void ArreteForm::applyCategoryDefaults()
{
    if (m_transmissionChosen)
        return;
    const ArreteCategory c = ArreteCategory::fromCode(m_categorie->currentData().toString());
    m_transmissionRequise->setChecked(c.isValid() ? c.transmissionByDefault() : true);
}

ArreteDraft ArreteForm::draft() const
{
    QString ignored;
    ArreteDraft d;
    d.dateSignature = typedDate(m_dateSignature, &ignored);
    d.objet = m_objet->toPlainText();
    d.categorie = m_categorie->currentData().toString();
    d.signataire = m_signataire->text();
    d.datePublication = typedDate(m_datePublication, &ignored);
    d.transmissionRequise = m_transmissionRequise->isChecked();
    d.dateTransmission = typedDate(m_dateTransmission, &ignored);
    d.dateNotification = typedDate(m_dateNotification, &ignored);
    d.reference = m_reference->text();
    d.observations = m_observations->toPlainText();
    d.visas = m_visas->toPlainText();
    d.considerants = m_considerants->toPlainText();
    d.articles = m_articles->toPlainText();
    return d;
}

FieldErrors ArreteForm::currentErrors() const
{
    FieldErrors typing;
    const std::pair<const CoreUi::DateLineEdit *, ArreteField> dates[] = {
        {m_dateSignature, ArreteField::DateSignature},
        {m_datePublication, ArreteField::DatePublication},
        {m_dateTransmission, ArreteField::DateTransmission},
        {m_dateNotification, ArreteField::DateNotification},
    };
    for (const auto &[edit, field] : dates) {
        QString error;
        typedDate(edit, &error);
        if (!error.isEmpty())
            typing.append({field, error});
    }
    const FieldErrors rules = m_service.validate(draft(), m_existing ? m_existing->annee : 0);
    FieldErrors all = typing;
    for (const FieldError &e : rules) {
        // A date that does not parse is reported as such, not as "missing".
        const bool typed = std::any_of(typing.cbegin(), typing.cend(),
                                       [&](const FieldError &t) { return t.field == e.field; });
        if (!typed)
            all.append(e);
    }
    return all;
}

void ArreteForm::markTouched(ArreteField field)
{
    m_touched.insert(field);
    refreshMessages();
}

void ArreteForm::refreshMessages()
{
    const FieldErrors errors = m_readOnly ? FieldErrors() : currentErrors();
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        const bool shown = m_showAll || m_touched.count(it.key()) > 0;
        const QString message = shown ? ArreteValidator::messageFor(errors, it.key()) : QString();
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
    }
    const int length = int(m_objet->toPlainText().trimmed().size());
    m_objetCounter->setText(tr("%1 / %2 caractères").arg(length).arg(ArreteValidator::kObjetMaxLength));
    m_objetCounter->setStyleSheet(length > ArreteValidator::kObjetMaxLength ? kErrorStyle : QString());

    const ExecutoireStatus status = m_existing && !m_existing->isActive()
                                        ? ExecutoireStatus::of(*m_existing)
                                        : ExecutoireStatus::ofDraft(draft());
    m_executoire->setText(tr("Caractère exécutoire : %1").arg(status.text()));
}

QWidget *ArreteForm::inputFor(ArreteField field) const
{
    switch (field) {
    case ArreteField::DateSignature: return m_dateSignature;
    case ArreteField::Objet: return m_objet;
    case ArreteField::Categorie: return m_categorie;
    case ArreteField::Signataire: return m_signataire;
    case ArreteField::DatePublication: return m_datePublication;
    case ArreteField::DateTransmission: return m_dateTransmission;
    case ArreteField::DateNotification: return m_dateNotification;
    case ArreteField::Reference: return m_reference;
    case ArreteField::Observations: return m_observations;
    case ArreteField::DateFin:
    case ArreteField::MotifFin: return nullptr;
    }
    return nullptr;
}

QString ArreteForm::shownError(ArreteField field) const
{
    const QLabel *label = m_errorLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

QString ArreteForm::generalError() const
{
    return m_generalError->isHidden() ? QString() : m_generalError->text();
}

QString ArreteForm::executoireText() const
{
    return m_executoire->text();
}

bool ArreteForm::save()
{
    if (m_readOnly)
        return false;
    m_showAll = true;
    m_generalError->hide();
    refreshMessages();
    const FieldErrors errors = currentErrors();
    if (!errors.isEmpty()) {
        // Straight to the first field to correct.
        if (QWidget *input = inputFor(errors.first().field))
            input->setFocus();
        return false;
    }
    const ArreteDraft d = draft();
    Core::Result<Arrete> result = m_existing ? m_service.update(m_existing->id, m_existing->version, d)
                                             : m_service.create(d);
    if (!result) {
        m_generalError->setText(result.error().message());
        m_generalError->setToolTip(result.error().detail());
        m_generalError->show();
        return false;
    }
    m_saved = result.value();
    emit saved(result.value());
    accept();
    return true;
}

} // namespace OpenMairie::Reglement
