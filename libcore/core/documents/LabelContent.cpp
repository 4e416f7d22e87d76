#include "LabelContent.h"

namespace OpenMairie::Documents {

LabelContent::~LabelContent() = default;

} // namespace OpenMairie::Documents
