#include "ListRowSource.h"

namespace OpenMairie::Documents {

ListRowSource::~ListRowSource() = default;

} // namespace OpenMairie::Documents
