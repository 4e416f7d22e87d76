// libFuzzer: what agents type in date and commune fields: FrenchDate::parse (20121975,
// 20/12/1975, 1975-12-20...), the INSEE reference (find by code, search by name or code) and the
// accent-folding search key. Any text: a date or a French refusal, never a crash.
#include "CommuneReference.h"
#include "FrenchDate.h"
#include "TextNormalizer.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>

using namespace OpenMairie::Core;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Parsed once, as in the suite (first use).
    (void)CommuneReference::instance().size();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    Result<QDate> date = FrenchDate::parse(text);
    if (date && date.value().isValid()) {
        // A date accepted is a real date, and its French form is read back to the same day.
        Result<QDate> again = FrenchDate::parse(FrenchDate::format(date.value()));
        if (!again || again.value() != date.value())
            abort();
    }
    Result<InseeCommune> commune = CommuneReference::instance().find(text);
    if (commune && commune->code != text.trimmed() && commune->code != text)
        (void)commune->label();
    (void)CommuneReference::instance().search(text, 5);
    (void)TextNormalizer::searchKey(text);
    (void)TextNormalizer::likePrefix(text);
    return 0;
}
