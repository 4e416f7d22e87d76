#include "DocumentProducer.h"

#include <QCoreApplication>

namespace OpenMairie::Documents {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Documents::DocumentProducer)
};
} // namespace

DocumentProducer::~DocumentProducer() = default;

Core::Error DocumentProducer::cancelledError()
{
    return Core::Error(Tr::tr("Édition annulée : aucun fichier n'a été écrit."), {}, Core::Error::Kind::Cancelled);
}

} // namespace OpenMairie::Documents
