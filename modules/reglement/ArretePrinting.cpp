#include "ArretePrinting.h"

#include "ArreteRegisterRows.h"
#include "ArreteService.h"
#include "Tr.h"

#include "Session.h"
#include "documents/OutputFile.h"

namespace OpenMairie::Reglement {

using Core::Error;
using Core::Result;

const QString ArretePrinting::kArreteTemplate = QStringLiteral("arrete");
const QString ArretePrinting::kRegisterLayout = QStringLiteral("registre_arretes");

ArretePrinting::ArretePrinting(ArreteService &service, Documents::DocumentServices &documents)
    : m_service(service), m_documents(documents)
{
}

Result<Documents::TemplatePrintRequest> ArretePrinting::arreteRequest(const QString &numero, bool duplicata)
{
    // The service checks the right and says clearly when the number is not in the register.
    Result<Arrete> found = m_service.findByNumero(numero);
    if (!found)
        return found.error();
    Documents::TemplatePrintRequest request;
    request.module = ArreteService::kModuleId;
    request.code = kArreteTemplate;
    request.keys = {found->numero};
    if (duplicata)
        request.watermark = Tr::tr("Duplicata");
    return request;
}

Result<Documents::ListLayout> ArretePrinting::registerLayout(int annee)
{
    if (annee < 1900 || annee > 9999)
        return Error(Tr::tr("« %1 » n'est pas une année : écrivez-la sur quatre chiffres, par exemple 2024.").arg(annee),
                     {}, Error::Kind::InvalidInput);
    ArreteFilter filter;
    filter.annee = annee;
    Result<int> count = m_service.count(filter);
    if (!count)
        return count.error();
    if (count.value() == 0) {
        Result<QList<int>> years = m_service.years();
        QStringList known;
        if (years)
            for (int y : years.value())
                known.append(QString::number(y));
        return Error(known.isEmpty()
                         ? Tr::tr("Le registre de %1 ne contient encore aucun arrêté : il n'y a pas de registre %2 à "
                                  "imprimer.").arg(m_service.communeName()).arg(annee)
                         : Tr::tr("Aucun arrêté n'est enregistré en %1 dans le registre de %2 : il n'y a pas de "
                                  "registre à imprimer. Années qui en ont : %3.")
                               .arg(annee)
                               .arg(m_service.communeName(), known.join(QStringLiteral(", "))),
                     {}, Error::Kind::NotFound);
    }
    Result<Documents::ListLayout> layout = Documents::ListLayout::shipped(ArreteService::kModuleId, kRegisterLayout);
    if (!layout)
        return layout.error();
    return layout;
}

Result<Documents::PreparedPrint> ArretePrinting::prepareArrete(const QString &numero, bool duplicata)
{
    Result<Documents::TemplatePrintRequest> request = arreteRequest(numero, duplicata);
    if (!request)
        return request.error();
    return m_documents.prepareTemplate(request.value());
}

Result<Documents::PreparedPrint> ArretePrinting::prepareRegister(int annee)
{
    Result<Documents::ListLayout> layout = registerLayout(annee);
    if (!layout)
        return layout.error();
    const qint64 communeId = m_documents.session().commune().id;
    return m_documents.prepareList(
        layout.value(), [communeId, annee] { return std::make_unique<ArreteRegisterRows>(communeId, annee); },
        Tr::tr("Année %1").arg(annee));
}

Result<Documents::DocumentJobResult> ArretePrinting::arreteToPdf(const QString &numero, bool duplicata,
                                                                 const QString &outputPath)
{
    // The path first: an agent told after the work that the folder is read-only has waited for
    // nothing.
    if (Core::Status s = Documents::OutputFile::checkWritable(outputPath); !s)
        return s.error();
    Result<Documents::TemplatePrintRequest> request = arreteRequest(numero, duplicata);
    if (!request)
        return request.error();
    return m_documents.printTemplateToPdf(request.value(), outputPath);
}

Result<Documents::DocumentJobResult> ArretePrinting::registerToPdf(int annee, const QString &outputPath)
{
    if (Core::Status s = Documents::OutputFile::checkWritable(outputPath); !s)
        return s.error();
    Result<Documents::ListLayout> layout = registerLayout(annee);
    if (!layout)
        return layout.error();
    const qint64 communeId = m_documents.session().commune().id;
    return m_documents.printListToPdf(
        layout.value(), [communeId, annee] { return std::make_unique<ArreteRegisterRows>(communeId, annee); },
        outputPath, Tr::tr("Année %1").arg(annee));
}

} // namespace OpenMairie::Reglement
