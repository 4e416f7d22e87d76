#include "ReglementCli.h"

#include "ArreteCategory.h"
#include "ArreteService.h"
#include "ExecutoireStatus.h"
#include "Tr.h"

#include "CliCommandRegistry.h"
#include "FrenchDate.h"

#include <QJsonArray>
#include <QTextStream>

namespace OpenMairie::Reglement {

using Core::CliInvocation;
using Core::Error;
using Core::Result;

namespace {
const QString kAnnee = QStringLiteral("annee");
const QString kCategorie = QStringLiteral("categorie");
const QString kRecherche = QStringLiteral("recherche");
const QString kEtat = QStringLiteral("etat");
const QString kDate = QStringLiteral("date");
const QString kObjet = QStringLiteral("objet");
const QString kSignataire = QStringLiteral("signataire");
const QString kPublication = QStringLiteral("publication");
const QString kTransmission = QStringLiteral("transmission");
const QString kTransmissionRequise = QStringLiteral("transmission-requise");
const QString kNotification = QStringLiteral("notification");
const QString kReference = QStringLiteral("reference");
const QString kObservations = QStringLiteral("observations");
const QString kMotif = QStringLiteral("motif");
const QString kVisas = QStringLiteral("visas");
const QString kConsiderants = QStringLiteral("considerants");
const QString kArticles = QStringLiteral("articles");

constexpr int kPageRows = 500;

// The positional arguments after the command's own words, whether or not the shell left them in.
QStringList operands(const CliInvocation &inv, const QStringList &path)
{
    QStringList args = inv.positional();
    if (args.size() >= path.size() && args.mid(0, path.size()) == path)
        args = args.mid(path.size());
    return args;
}

// An optional date option: empty when not given, an error naming the option when not a date.
Result<QDate> dateOption(const CliInvocation &inv, const QString &name)
{
    if (!inv.isSet(name) || inv.option(name).trimmed().isEmpty())
        return QDate();
    Result<QDate> d = Core::FrenchDate::parse(inv.option(name));
    if (!d)
        return Error(Tr::tr("Option --%1 : %2").arg(name, d.error().message()), {}, Error::Kind::InvalidInput);
    return d;
}

QString cell(const QString &text, int width)
{
    const QString t = text.simplified();
    if (t.size() <= width)
        return t.leftJustified(width);
    return t.left(width - 1) + QStringLiteral("…");
}

QString dateOrDash(const QDate &d)
{
    return d.isValid() ? Core::FrenchDate::format(d) : QStringLiteral("—");
}

QString stamp(const QDateTime &at, const QString &by)
{
    const QDateTime local = at.toLocalTime();
    return Tr::tr("le %1 à %2 par %3")
        .arg(local.toString(QStringLiteral("dd/MM/yyyy")), local.toString(QStringLiteral("HH:mm")), by);
}
} // namespace

ReglementCli::ReglementCli(ArreteService &service) : m_service(service) {}

Core::Status ReglementCli::registerCommands(Core::CliCommandRegistry &registry)
{
    Core::CliCommand list;
    list.path = {QStringLiteral("reglement"), QStringLiteral("list")};
    list.summary = Tr::tr("Liste les arrêtés du registre de la commune (les plus récents d'abord)");
    list.permission = ArreteService::kPermissionConsulter;
    list.options = {
        {kAnnee, Tr::tr("Arrêtés de l'année AAAA."), QStringLiteral("AAAA")},
        {kCategorie, Tr::tr("Arrêtés de la catégorie CODE (voir « reglement categories »)."), QStringLiteral("CODE")},
        {kRecherche, Tr::tr("Mots de l'objet ou numéro, sans tenir compte des accents ni des majuscules."),
         QStringLiteral("TEXTE")},
        {kEtat, Tr::tr("État : actif, abroge ou annule."), QStringLiteral("ETAT")},
    };
    list.run = [this](CliInvocation &inv) { return this->list(inv); };

    Core::CliCommand show;
    show.path = {QStringLiteral("reglement"), QStringLiteral("show")};
    show.summary = Tr::tr("Affiche un arrêté et son caractère exécutoire");
    show.arguments = QStringLiteral("NUMERO");
    show.permission = ArreteService::kPermissionConsulter;
    show.run = [this](CliInvocation &inv) { return this->show(inv); };

    Core::CliCommand add;
    add.path = {QStringLiteral("reglement"), QStringLiteral("add")};
    add.summary = Tr::tr("Enregistre un arrêté et affiche le numéro attribué");
    add.permission = ArreteService::kPermissionCreer;
    add.options = {
        {kDate, Tr::tr("Date de signature (obligatoire)."), QStringLiteral("JJ/MM/AAAA")},
        {kObjet, Tr::tr("Objet de l'arrêté (obligatoire)."), QStringLiteral("TEXTE")},
        {kCategorie, Tr::tr("Catégorie (obligatoire, voir « reglement categories »)."), QStringLiteral("CODE")},
        {kSignataire, Tr::tr("Nom et qualité du signataire (par défaut : celui du dernier arrêté)."),
         QStringLiteral("TEXTE")},
        {kPublication, Tr::tr("Date de publication ou d'affichage."), QStringLiteral("JJ/MM/AAAA")},
        {kTransmission, Tr::tr("Date de transmission à la préfecture."), QStringLiteral("JJ/MM/AAAA")},
        {kTransmissionRequise, Tr::tr("Soumis à transmission : oui ou non (par défaut : selon la catégorie)."),
         QStringLiteral("oui|non")},
        {kNotification, Tr::tr("Date de notification à l'intéressé."), QStringLiteral("JJ/MM/AAAA")},
        {kReference, Tr::tr("Référence (facultative)."), QStringLiteral("TEXTE")},
        {kObservations, Tr::tr("Observations (facultatives)."), QStringLiteral("TEXTE")},
        {kVisas, Tr::tr("Visas de l'arrêté, un par ligne (« Vu le code général des collectivités territoriales… »)."),
         QStringLiteral("TEXTE")},
        {kConsiderants, Tr::tr("Considérants, un par ligne (« Considérant que… »)."), QStringLiteral("TEXTE")},
        {kArticles, Tr::tr("Articles du dispositif, séparés par une ligne vide (numérotés à l'impression)."),
         QStringLiteral("TEXTE")},
    };
    add.run = [this](CliInvocation &inv) { return this->add(inv); };

    const QList<QCommandLineOption> endOptions = {
        {kDate, Tr::tr("Date de la décision (par défaut : aujourd'hui)."), QStringLiteral("JJ/MM/AAAA")},
        {kMotif, Tr::tr("Motif (obligatoire)."), QStringLiteral("TEXTE")},
    };
    Core::CliCommand abrogate;
    abrogate.path = {QStringLiteral("reglement"), QStringLiteral("abrogate")};
    abrogate.summary = Tr::tr("Abroge un arrêté (il reste au registre avec son numéro)");
    abrogate.arguments = QStringLiteral("NUMERO");
    abrogate.permission = ArreteService::kPermissionAbroger;
    abrogate.options = endOptions;
    abrogate.run = [this](CliInvocation &inv) { return end(inv, ArreteState::Abroge); };

    Core::CliCommand cancel;
    cancel.path = {QStringLiteral("reglement"), QStringLiteral("cancel")};
    cancel.summary = Tr::tr("Enregistre l'annulation ou le retrait d'un arrêté");
    cancel.arguments = QStringLiteral("NUMERO");
    cancel.permission = ArreteService::kPermissionAbroger;
    cancel.options = endOptions;
    cancel.run = [this](CliInvocation &inv) { return end(inv, ArreteState::Annule); };

    Core::CliCommand categories;
    categories.path = {QStringLiteral("reglement"), QStringLiteral("categories")};
    categories.summary = Tr::tr("Liste les catégories d'arrêtés et leurs codes");
    categories.needsDatabase = false;
    categories.needsSession = false;
    categories.run = [this](CliInvocation &inv) { return this->categories(inv); };

    for (Core::CliCommand *c : {&list, &show, &add, &abrogate, &cancel, &categories})
        if (Core::Status s = registry.add(std::move(*c)); !s)
            return s;
    return {};
}

int ReglementCli::list(CliInvocation &inv)
{
    ArreteFilter filter;
    if (inv.isSet(kAnnee)) {
        bool ok = false;
        filter.annee = inv.option(kAnnee).trimmed().toInt(&ok);
        if (!ok || filter.annee < 1900 || filter.annee > 9999)
            return inv.fail(Error(Tr::tr("Option --annee : « %1 » n'est pas une année (écrivez-la sur quatre "
                                         "chiffres, par exemple 2024).").arg(inv.option(kAnnee)),
                                  {}, Error::Kind::InvalidInput));
    }
    if (inv.isSet(kCategorie)) {
        const ArreteCategory c = ArreteCategory::find(inv.option(kCategorie));
        if (!c.isValid())
            return inv.fail(Error(Tr::tr("Option --categorie : « %1 » n'est pas une catégorie. Codes possibles : %2.")
                                      .arg(inv.option(kCategorie), ArreteCategory::codeList()),
                                  {}, Error::Kind::InvalidInput));
        filter.categorie = c.code();
    }
    if (inv.isSet(kEtat)) {
        filter.etat = stateFromCode(inv.option(kEtat).trimmed().toLower());
        if (!filter.etat)
            return inv.fail(Error(Tr::tr("Option --etat : « %1 » n'est pas un état. États possibles : actif, abroge, "
                                         "annule.").arg(inv.option(kEtat)),
                                  {}, Error::Kind::InvalidInput));
    }
    filter.recherche = inv.option(kRecherche);

    Result<int> total = m_service.count(filter);
    if (!total)
        return inv.fail(total.error());
    QJsonArray json;
    QTextStream &out = inv.out();
    if (!inv.json()) {
        out << Tr::tr("Registre des arrêtés de %1 : %n arrêté(s)", nullptr, total.value()).arg(m_service.communeName())
            << Qt::endl;
        if (total.value() > 0)
            out << cell(Tr::tr("NUMÉRO"), 10) << QLatin1Char(' ') << cell(Tr::tr("DATE"), 10) << QLatin1Char(' ')
                << cell(Tr::tr("CATÉGORIE"), 28) << QLatin1Char(' ') << cell(Tr::tr("EXÉCUTOIRE"), 10) << QLatin1Char(' ') << Tr::tr("OBJET")
                << Qt::endl;
    }
    // Page by page: a register of several thousand acts is never held whole in memory in text mode.
    for (int offset = 0; offset < total.value(); offset += kPageRows) {
        Result<QList<Arrete>> page = m_service.list(filter, offset, kPageRows);
        if (!page)
            return inv.fail(page.error());
        if (page->isEmpty())
            break;
        for (const Arrete &a : page.value()) {
            if (inv.json()) {
                json.append(a.toJson());
                continue;
            }
            out << cell(a.numero, 10) << QLatin1Char(' ') << cell(Core::FrenchDate::format(a.dateSignature), 10) << QLatin1Char(' ')
                << cell(ArreteCategory::labelOf(a.categorie), 28) << QLatin1Char(' ')
                << cell(ExecutoireStatus::of(a).shortText(), 10) << QLatin1Char(' ') << cell(a.objet, 70).trimmed() << Qt::endl;
        }
    }
    if (inv.json())
        inv.printJson(json);
    out.flush();
    return Core::ExitOk;
}

int ReglementCli::show(CliInvocation &inv)
{
    const QStringList args = operands(inv, {QStringLiteral("reglement"), QStringLiteral("show")});
    if (args.isEmpty())
        return inv.usageError(Tr::tr("Indiquez le numéro de l'arrêté, par exemple : reglement show 2024-0012"));
    Result<Arrete> found = m_service.findByNumero(args.first());
    if (!found)
        return inv.fail(found.error());
    const Arrete &a = found.value();
    if (inv.json()) {
        inv.printJson(a.toJson());
        return Core::ExitOk;
    }
    const ExecutoireStatus status = ExecutoireStatus::of(a);
    QTextStream &out = inv.out();
    auto line = [&out](const QString &label, const QString &value) {
        out << QStringLiteral("  ") << label.leftJustified(29) << QStringLiteral(": ") << value << Qt::endl;
    };
    out << Tr::tr("Arrêté n° %1").arg(a.numero) << Qt::endl;
    line(Tr::tr("Date de signature"), Core::FrenchDate::format(a.dateSignature));
    line(Tr::tr("Objet"), a.objet);
    line(Tr::tr("Catégorie"), ArreteCategory::labelOf(a.categorie));
    line(Tr::tr("Signataire"), a.signataire);
    line(Tr::tr("Publication ou affichage"), dateOrDash(a.datePublication));
    line(Tr::tr("Transmission à la préfecture"),
         a.transmissionRequise ? dateOrDash(a.dateTransmission)
                               : Tr::tr("%1 (non requise)").arg(dateOrDash(a.dateTransmission)));
    line(Tr::tr("Notification"), dateOrDash(a.dateNotification));
    if (!a.reference.isEmpty())
        line(Tr::tr("Référence"), a.reference);
    if (!a.observations.isEmpty())
        line(Tr::tr("Observations"), a.observations);
    line(Tr::tr("État"), a.isActive() ? stateLabel(a.etat)
                                      : Tr::tr("%1 le %2 : %3")
                                            .arg(stateLabel(a.etat), Core::FrenchDate::format(a.dateFin), a.motifFin));
    line(Tr::tr("Caractère exécutoire"), status.text());
    line(Tr::tr("Enregistré"), stamp(a.createdAt, a.createdBy));
    if (a.version > 1)
        line(Tr::tr("Dernière modification"), stamp(a.updatedAt, a.updatedBy));
    out.flush();
    return Core::ExitOk;
}

int ReglementCli::add(CliInvocation &inv)
{
    for (const QString &required : {kDate, kObjet, kCategorie}) {
        if (!inv.isSet(required) || inv.option(required).trimmed().isEmpty())
            return inv.usageError(Tr::tr("Option --%1 manquante. Exemple : reglement add --date 05/03/2024 --objet "
                                         "\"Arrêté portant …\" --categorie police").arg(required));
    }
    ArreteDraft draft;
    for (const auto &[name, target] : {std::pair{kDate, &draft.dateSignature},
                                       std::pair{kPublication, &draft.datePublication},
                                       std::pair{kTransmission, &draft.dateTransmission},
                                       std::pair{kNotification, &draft.dateNotification}}) {
        Result<QDate> d = dateOption(inv, name);
        if (!d)
            return inv.fail(d.error());
        *target = d.value();
    }
    const ArreteCategory category = ArreteCategory::find(inv.option(kCategorie));
    if (!category.isValid())
        return inv.fail(Error(Tr::tr("Option --categorie : « %1 » n'est pas une catégorie. Codes possibles : %2.")
                                  .arg(inv.option(kCategorie), ArreteCategory::codeList()),
                              {}, Error::Kind::InvalidInput));
    draft.categorie = category.code();
    draft.objet = inv.option(kObjet);
    if (inv.isSet(kSignataire)) {
        draft.signataire = inv.option(kSignataire);
    } else {
        Result<QString> usual = m_service.defaultSignataire();
        if (!usual)
            return inv.fail(usual.error());
        draft.signataire = usual.value();
    }
    if (inv.isSet(kTransmissionRequise)) {
        const QString v = inv.option(kTransmissionRequise).trimmed().toLower();
        if (v == u"oui" || v == u"o" || v == u"1")
            draft.transmissionRequise = true;
        else if (v == u"non" || v == u"n" || v == u"0")
            draft.transmissionRequise = false;
        else
            return inv.fail(Error(Tr::tr("Option --transmission-requise : répondez oui ou non (et non « %1 »).")
                                      .arg(inv.option(kTransmissionRequise)),
                                  {}, Error::Kind::InvalidInput));
    }
    draft.reference = inv.option(kReference);
    draft.observations = inv.option(kObservations);
    draft.visas = inv.option(kVisas);
    draft.considerants = inv.option(kConsiderants);
    draft.articles = inv.option(kArticles);

    Result<Arrete> created = m_service.create(draft);
    if (!created)
        return inv.fail(created.error());
    if (inv.json()) {
        inv.printJson(created->toJson());
        return Core::ExitOk;
    }
    inv.out() << Tr::tr("Arrêté n° %1 enregistré.").arg(created->numero) << Qt::endl
              << ExecutoireStatus::of(created.value()).text() << Qt::endl;
    inv.out().flush();
    return Core::ExitOk;
}

int ReglementCli::end(CliInvocation &inv, ArreteState target)
{
    const bool abrogation = target == ArreteState::Abroge;
    const QStringList path{QStringLiteral("reglement"), abrogation ? QStringLiteral("abrogate") : QStringLiteral("cancel")};
    const QStringList args = operands(inv, path);
    if (args.isEmpty())
        return inv.usageError(Tr::tr("Indiquez le numéro de l'arrêté, par exemple : %1 2024-0012 --motif \"…\"")
                                  .arg(path.join(u' ')));
    if (!inv.isSet(kMotif) || inv.option(kMotif).trimmed().isEmpty())
        return inv.usageError(abrogation ? Tr::tr("Option --motif manquante : indiquez le motif de l'abrogation.")
                                         : Tr::tr("Option --motif manquante : indiquez le motif de l'annulation."));
    Result<QDate> date = dateOption(inv, kDate);
    if (!date)
        return inv.fail(date.error());
    Result<Arrete> found = m_service.findByNumero(args.first());
    if (!found)
        return inv.fail(found.error());
    const QDate when = date.value().isValid() ? date.value() : m_service.today();
    Result<Arrete> ended = abrogation ? m_service.abrogate(found->id, found->version, when, inv.option(kMotif))
                                      : m_service.cancel(found->id, found->version, when, inv.option(kMotif));
    if (!ended)
        return inv.fail(ended.error());
    if (inv.json()) {
        inv.printJson(ended->toJson());
        return Core::ExitOk;
    }
    inv.out() << (abrogation ? Tr::tr("Arrêté n° %1 abrogé le %2.") : Tr::tr("Arrêté n° %1 annulé le %2."))
                     .arg(ended->numero, Core::FrenchDate::format(ended->dateFin))
              << Qt::endl;
    inv.out().flush();
    return Core::ExitOk;
}

int ReglementCli::categories(CliInvocation &inv)
{
    if (inv.json()) {
        QJsonArray array;
        for (const ArreteCategory &c : ArreteCategory::all())
            array.append(QJsonObject{{QStringLiteral("code"), c.code()},
                                     {QStringLiteral("libelle"), c.label()},
                                     {QStringLiteral("transmission_requise"), c.transmissionByDefault()}});
        inv.printJson(array);
        return Core::ExitOk;
    }
    QTextStream &out = inv.out();
    for (const ArreteCategory &c : ArreteCategory::all())
        out << c.code().leftJustified(24) << c.label()
            << (c.transmissionByDefault() ? QString() : Tr::tr(" (sans transmission à la préfecture)")) << Qt::endl;
    out.flush();
    return Core::ExitOk;
}

} // namespace OpenMairie::Reglement
