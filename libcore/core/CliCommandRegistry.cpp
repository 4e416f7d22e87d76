#include "CliCommandRegistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::CliCommandRegistry)
};
} // namespace

CliInvocation::CliInvocation(const QCommandLineParser &parser, QStringList positional, bool json, QTextStream &out,
                             QTextStream &err)
    : m_parser(parser), m_positional(std::move(positional)), m_json(json), m_out(out), m_err(err)
{
}

QString CliInvocation::option(const QString &name) const
{
    return m_parser.value(name);
}

bool CliInvocation::isSet(const QString &name) const
{
    return m_parser.isSet(name);
}

int CliInvocation::fail(const Error &error)
{
    m_err << Tr::tr("Erreur : ") << error.message() << Qt::endl;
    if (!error.detail().isEmpty())
        m_err << Tr::tr("Détail technique : ") << error.detail() << Qt::endl;
    m_err.flush();
    switch (error.kind()) {
    case Error::Kind::InvalidInput: return ExitRefusedInput;
    case Error::Kind::PermissionDenied:
    case Error::Kind::Authentication: return ExitDenied;
    default: return ExitFailure;
    }
}

int CliInvocation::usageError(const QString &message)
{
    m_err << Tr::tr("Erreur : ") << message << Qt::endl;
    m_err.flush();
    return ExitUsage;
}

void CliInvocation::printJson(const QJsonValue &value)
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

Status CliCommandRegistry::add(CliCommand command)
{
    if (command.path.isEmpty() || !command.run)
        return Error(Tr::tr("Commande invalide."));
    for (const CliCommand &c : std::as_const(m_commands)) {
        if (c.path == command.path)
            return Error(Tr::tr("La commande « %1 » est déjà déclarée.").arg(command.pathText()));
    }
    m_commands.append(std::move(command));
    return {};
}

const CliCommand *CliCommandRegistry::match(const QStringList &args) const
{
    const CliCommand *best = nullptr;
    for (const CliCommand &c : m_commands) {
        if (c.path.size() > args.size())
            continue;
        bool same = true;
        for (qsizetype i = 0; i < c.path.size() && same; ++i)
            same = c.path.at(i) == args.at(i);
        if (same && (!best || c.path.size() > best->path.size()))
            best = &c;
    }
    return best;
}

QStringList CliCommandRegistry::groups() const
{
    QStringList groups;
    for (const CliCommand &c : m_commands)
        if (!groups.contains(c.path.first()))
            groups.append(c.path.first());
    return groups;
}

} // namespace OpenMairie::Core
