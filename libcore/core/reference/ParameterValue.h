#pragma once

#include "ParameterDeclaration.h"
#include "Result.h"

#include <QByteArray>

namespace OpenMairie::Core {

// Typed validation of a parameter value typed by an agent or a script. Values are stored as the
// text a document prints (dates dd/MM/yyyy, booleans "oui"/"non"), so that &parametre merging
// needs no conversion and a worker thread can read them without the registry.
class OPENMAIRIE_CORE_EXPORT ParameterValue
{
public:
    static constexpr qint64 kMaxImageBytes = 2 * 1024 * 1024;

    // The stored form of `text`, or why it is refused (French, names the parameter).
    static Result<QString> normalize(const ParameterDeclaration &declaration, const QString &text);
    // An image Qt can read, at most 2 Mo.
    static Status validateImage(const ParameterDeclaration &declaration, const QByteArray &bytes);
    // "oui"/"non" for a stored boolean.
    static bool isTrue(const QString &stored);
    static QString typeLabel(ParameterType type);
};

} // namespace OpenMairie::Core
