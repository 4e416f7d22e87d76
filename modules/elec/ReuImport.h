#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QStringList>

namespace OpenMairie::Core {
class DatabaseManager;
class Permissions;
class Session;
} // namespace OpenMairie::Core

namespace OpenMairie::Elec {

// What an import of a REU extract did, or would have done (dry run), or why it was refused.
struct ReuImportReport
{
    bool refused = false;
    bool dryRun = false;
    int ajoutes = 0;
    int modifies = 0;
    int inchanges = 0;
    int absents = 0; // become radiation proposals (mouvement RABS), never deletions
    QStringList rejets; // "Ligne 4 : ..." — one rejected line refuses the whole file
    QStringList erreurs; // problems with the file itself (encoding, header)
    QStringList colonnesIgnorees;
    QStringList voiesCreees;
    QStringList bureauxCrees;
    QStringList listeAjoutes;
    QStringList listeModifies;
    QStringList listeAbsents;
    QString encodage;
    QString separateur;

    int rejetes() const { return int(rejets.size()); }
    QJsonObject toJson() const;
    // The French report printed by the CLI and shown by the GUI.
    QString text() const;
};

// Imports an extract of the electoral list (ELIRE / REU CSV): columns found by header name,
// electors synchronised by INE within each list (added, updated, unchanged; absent ones proposed
// for radiation), unknown streets created in the street register and unknown bureaux created.
// All or nothing: one rejected line and the database is left as it was, with the report.
class ReuImport
{
public:
    ReuImport(Core::DatabaseManager &database, Core::Session &session, Core::Permissions &permissions);

    void setToday(const QDate &today) { m_today = today; }
    // Error only when the import could not run (rights, database); a refused file is a report
    // with refused = true.
    Core::Result<ReuImportReport> importFile(const QString &path, bool dryRun = false);

private:
    Core::DatabaseManager &m_database;
    Core::Session &m_session;
    Core::Permissions &m_permissions;
    QDate m_today;
};

} // namespace OpenMairie::Elec
