#pragma once

#include "Result.h"
#include "documents/DocumentServices.h"

namespace OpenMairie::Reglement {

class ArreteService;

// The prints of the register: one arrêté with its shipped or commune template (« reglement/arrete »),
// and the register of a year (layout « registre_arretes »). The same prepared print feeds the
// preview dialog, a printer and the PDF/A file of the CLI. Right: reglement.arrete.consulter.
class ArretePrinting
{
public:
    static const QString kArreteTemplate;
    static const QString kRegisterLayout;

    ArretePrinting(ArreteService &service, Documents::DocumentServices &documents);

    // duplicata: a « Duplicata » watermark, for a copy of an act already signed.
    Core::Result<Documents::PreparedPrint> prepareArrete(const QString &numero, bool duplicata);
    // Refused, with the years that have arrêtés, when the year has none: an empty register is
    // never what the agent meant (a mistyped year is).
    Core::Result<Documents::PreparedPrint> prepareRegister(int annee);

    Core::Result<Documents::DocumentJobResult> arreteToPdf(const QString &numero, bool duplicata,
                                                           const QString &outputPath);
    Core::Result<Documents::DocumentJobResult> registerToPdf(int annee, const QString &outputPath);

    Documents::DocumentServices &documents() { return m_documents; }

private:
    Core::Result<Documents::TemplatePrintRequest> arreteRequest(const QString &numero, bool duplicata);
    Core::Result<Documents::ListLayout> registerLayout(int annee);

    ArreteService &m_service;
    Documents::DocumentServices &m_documents;
};

} // namespace OpenMairie::Reglement
