#include "IDocumentDataSource.h"

namespace OpenMairie::Documents {

IDocumentDataSource::~IDocumentDataSource() = default;

} // namespace OpenMairie::Documents
