#include "SchemaSecurity.h"

#include "SecurityRoleNames.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSet>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::SchemaSecurity)
};

const QString kCommuneColumn = QStringLiteral("collectivite_id");

bool isPlainName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return re.match(name).hasMatch();
}

// Values an audit row must never copy: password hashes and binary contents (logos, scans).
bool isMasked(const TableColumn &column)
{
    return column.binary || column.name.contains(QLatin1StringView("mot_de_passe")) || column.name.endsWith(u"_hash");
}

TableNature natureFromKey(const QString &key)
{
    if (key == u"reference")
        return TableNature::Reference;
    if (key == u"systeme")
        return TableNature::System;
    return TableNature::Commune;
}

// The PostgreSQL functions of the contract. SECURITY DEFINER: they run as the schema's owner, so an
// agent's role needs no right on the account tables nor on the journal to be isolated and audited.
// plpgsql bodies are checked at call time, so they may be created before the tables they read.
const char *const kPostgresFunctions[] = {
    R"sql(CREATE OR REPLACE FUNCTION om_collectivites_visibles() RETURNS SETOF bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    -- The communes of the connected role: all of them for syndicate staff (multi_collectivite),
    -- else those of its account. No account, or a disabled one: none.
    RETURN QUERY
        SELECT c.id FROM collectivite c
        JOIN utilisateur u ON u.login = session_user AND u.actif
        WHERE u.multi_collectivite
           OR EXISTS (SELECT 1 FROM utilisateur_collectivite uc
                      WHERE uc.utilisateur_id = u.id AND uc.collectivite_id = c.id);
END;
$$)sql",
    R"sql(CREATE OR REPLACE FUNCTION om_audit_ligne() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    avant jsonb;
    apres jsonb;
    cle text;
    commune bigint;
BEGIN
    IF TG_OP <> 'INSERT' THEN avant := to_jsonb(OLD); END IF;
    IF TG_OP <> 'DELETE' THEN apres := to_jsonb(NEW); END IF;
    IF TG_OP = 'UPDATE' AND avant = apres THEN
        RETURN NULL;
    END IF;
    FOR i IN 1 .. TG_NARGS - 1 LOOP
        cle := TG_ARGV[i];
        IF avant IS NOT NULL AND avant ->> cle IS NOT NULL THEN
            avant := jsonb_set(avant, ARRAY[cle], '"(masqué)"');
        END IF;
        IF apres IS NOT NULL AND apres ->> cle IS NOT NULL THEN
            apres := jsonb_set(apres, ARRAY[cle], '"(masqué)"');
        END IF;
    END LOOP;
    IF TG_TABLE_NAME = 'collectivite' THEN
        commune := COALESCE(apres ->> 'id', avant ->> 'id')::bigint;
    ELSE
        commune := COALESCE(apres ->> 'collectivite_id', avant ->> 'collectivite_id')::bigint;
    END IF;
    INSERT INTO journal_audit (utilisateur, collectivite_id, module, table_name, enregistrement_id, action,
                               avant, apres)
    VALUES (session_user, commune, TG_ARGV[0], TG_TABLE_NAME,
            CASE WHEN COALESCE(apres ->> 'id', avant ->> 'id') ~ '^[0-9]+$'
                 THEN COALESCE(apres ->> 'id', avant ->> 'id')::bigint END,
            lower(TG_OP), avant::text, apres::text);
    RETURN NULL;
END;
$$)sql",
    R"sql(CREATE OR REPLACE FUNCTION om_journaliser(p_collectivite bigint, p_module text, p_table text,
    p_enregistrement bigint, p_action text, p_avant text, p_apres text, p_commentaire text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    -- Events that are not row changes (sign-in, export, print): the author is always the
    -- connected role, whatever the caller says.
    IF lower(p_action) IN ('insert', 'update', 'delete') THEN
        RAISE EXCEPTION 'Les modifications de données sont journalisées par le serveur lui-même';
    END IF;
    INSERT INTO journal_audit (utilisateur, collectivite_id, module, table_name, enregistrement_id, action,
                               avant, apres, commentaire)
    VALUES (session_user, p_collectivite, p_module, p_table, p_enregistrement, p_action, p_avant, p_apres,
            COALESCE(p_commentaire, ''));
END;
$$)sql",
};
} // namespace

SchemaSecurity::SchemaSecurity(const QSqlDatabase &db, const SqlDialect &dialect) : m_db(db), m_dialect(dialect) {}

QString SchemaSecurity::natureKey(TableNature nature)
{
    switch (nature) {
    case TableNature::Reference:
        return QStringLiteral("reference");
    case TableNature::System:
        return QStringLiteral("systeme");
    case TableNature::Commune:
        break;
    }
    return QStringLiteral("commune");
}

bool SchemaSecurity::isSystemTable(const QString &table)
{
    static const QSet<QString> system{QStringLiteral("schema_migrations"), QStringLiteral("schema_table"),
                                      QStringLiteral("journal_audit"),     QStringLiteral("collectivite"),
                                      QStringLiteral("utilisateur"),       QStringLiteral("utilisateur_collectivite")};
    return system.contains(table);
}

QStringList SchemaSecurity::declarations(const QString &script, const QString &directive)
{
    const QRegularExpression re(QStringLiteral("^\\s*--\\s*@%1\\s+([A-Za-z0-9_]+)\\s*$").arg(directive),
                                QRegularExpression::MultilineOption);
    QStringList names;
    for (auto it = re.globalMatch(script); it.hasNext();)
        names.append(it.next().captured(1).toLower());
    return names;
}

Status SchemaSecurity::exec(const QString &statement, const QVariantList &values) const
{
    if (values.isEmpty()) {
        // DDL is executed directly: PostgreSQL cannot PREPARE most of it.
        QSqlQuery q(m_db);
        if (!q.exec(statement))
            return Sql::error(q.lastError(), statement);
        return {};
    }
    Result<QSqlQuery> q = Sql::exec(m_db, statement, values);
    if (!q)
        return q.error();
    return {};
}

Status SchemaSecurity::readContext()
{
    // Read once per pass, not once per table.
    Result<QStringList> tables = currentTables();
    if (!tables)
        return tables.error();
    m_hasJournal = tables->contains(QStringLiteral("journal_audit"));
    if (m_dialect.isPostgres()) {
        Result<QVariant> database = Sql::scalar(m_db, QStringLiteral("SELECT current_database()"));
        if (!database)
            return database.error();
        m_databaseName = database.value().toString();
    }
    return {};
}

Status SchemaSecurity::prepare()
{
    if (m_dialect.isPostgres()) {
        for (const char *function : kPostgresFunctions) {
            if (Status s = exec(QString::fromUtf8(function)); !s)
                return s;
        }
    }
    Result<QStringList> existing = currentTables();
    if (!existing)
        return existing.error();
    if (existing->contains(QStringLiteral("schema_table")))
        return {};
    if (Status s = readContext(); !s)
        return s;
    if (Status s = exec(m_dialect.expand(QStringLiteral(
            "CREATE TABLE schema_table ("
            " table_name VARCHAR(100) NOT NULL PRIMARY KEY,"
            " module VARCHAR(64) NOT NULL,"
            " nature VARCHAR(16) NOT NULL CHECK (nature IN ('commune', 'reference', 'systeme')),"
            " journalise {{bool}} NOT NULL DEFAULT {{true}},"
            " registered_at {{timestamp}} NOT NULL DEFAULT {{now}})")));
        !s)
        return s;
    // A database made before the contract existed: its tables are registered as they are (module
    // guessed from the name's prefix) and receive the audit triggers and policies now.
    Result<QSqlQuery> modules = Sql::exec(m_db, QStringLiteral("SELECT DISTINCT module FROM schema_migrations"));
    if (!modules)
        return modules.error();
    QStringList moduleIds;
    while (modules.value().next())
        moduleIds.append(modules.value().value(0).toString());
    for (const QString &table : existing.value()) {
        if (table == u"schema_table")
            continue;
        RegisteredTable entry{table, QStringLiteral("core"), TableNature::System};
        for (const QString &module : std::as_const(moduleIds))
            if (module != u"core" && table.startsWith(module + u'_'))
                entry.module = module;
        if (!isSystemTable(table)) {
            Result<QList<TableColumn>> columns = SchemaCatalog(m_db, m_dialect).columns(table);
            if (!columns)
                return columns.error();
            entry.nature = SchemaCatalog::hasColumn(columns.value(), kCommuneColumn) ? TableNature::Commune
                                                                                      : TableNature::Reference;
        }
        if (Status s = exec(QStringLiteral("INSERT INTO schema_table (table_name, module, nature) VALUES (?, ?, ?)"),
                            {entry.name, entry.module, natureKey(entry.nature)});
            !s)
            return s;
        if (Status s = installAuditTriggers(entry); !s)
            return s;
        if (m_dialect.isPostgres()) {
            Result<QList<TableColumn>> columns = SchemaCatalog(m_db, m_dialect).columns(table);
            if (!columns)
                return columns.error();
            if (Status s = applyPostgresPolicies(entry, columns.value()); !s)
                return s;
            if (Status s = applyPostgresGrants(entry); !s)
                return s;
        }
    }
    return {};
}

Result<QList<RegisteredTable>> SchemaSecurity::registeredTables() const
{
    Result<QSqlQuery> q = Sql::exec(m_db, QStringLiteral("SELECT table_name, module, nature, journalise FROM schema_table "
                                                         "ORDER BY table_name"));
    if (!q)
        return q.error();
    QList<RegisteredTable> tables;
    while (q.value().next())
        tables.append({q.value().value(0).toString(), q.value().value(1).toString(),
                       natureFromKey(q.value().value(2).toString()), q.value().value(3).toBool()});
    return tables;
}

Status SchemaSecurity::registerNewTables(const MigrationStep &step, const QStringList &tablesBefore)
{
    Result<QStringList> after = currentTables();
    if (!after)
        return after.error();
    const QStringList references = declarations(step.script, QStringLiteral("reference"));
    const QStringList unaudited = declarations(step.script, QStringLiteral("sans-audit"));
    const QString where = Tr::tr("Le module « %1 » (étape %2 « %3 »)").arg(step.module).arg(step.version).arg(step.name);
    for (const QString &table : after.value()) {
        if (tablesBefore.contains(table) || table == u"schema_table")
            continue;
        if (!isPlainName(table))
            return Error(Tr::tr("%1 crée la table « %2 » : un nom de table ne contient que des minuscules sans "
                                "accent, des chiffres et le souligné. L'étape est refusée.").arg(where, table),
                         {}, Error::Kind::InvalidInput);
        if (step.module != u"core" && !table.startsWith(step.module + u'_'))
            return Error(Tr::tr("%1 crée la table « %2 » : les tables d'un module commencent par son identifiant "
                                "(« %3_... »), pour que ses droits d'accès lui soient attribués. L'étape est "
                                "refusée.").arg(where, table, step.module),
                         {}, Error::Kind::InvalidInput);
        Result<QList<TableColumn>> columns = SchemaCatalog(m_db, m_dialect).columns(table);
        if (!columns)
            return columns.error();
        TableNature nature = TableNature::Commune;
        if (step.module == u"core" && isSystemTable(table))
            nature = TableNature::System;
        else if (references.contains(table))
            nature = TableNature::Reference;
        else if (!SchemaCatalog::hasColumn(columns.value(), kCommuneColumn))
            return Error(Tr::tr("%1 crée la table « %2 » sans colonne collectivite_id : chaque table de données "
                                "est rattachée à une commune, pour que le serveur ne montre à chaque agent que "
                                "les données de ses communes. S'il s'agit d'une table de référence partagée par "
                                "toutes les communes, déclarez-la dans la migration par la ligne "
                                "« -- @reference %2 ». L'étape est refusée.").arg(where, table),
                         {}, Error::Kind::InvalidInput);
        if (Status s = exec(QStringLiteral("INSERT INTO schema_table (table_name, module, nature, journalise) "
                                           "VALUES (?, ?, ?, ?)"),
                            {table, step.module, natureKey(nature), !unaudited.contains(table)});
            !s)
            return s;
    }
    return {};
}

Status SchemaSecurity::applyAfterStep(const MigrationStep &step, const QStringList &tablesBefore)
{
    if (Status s = registerNewTables(step, tablesBefore); !s)
        return s;
    if (Status s = readContext(); !s)
        return s;
    Result<QList<RegisteredTable>> tables = registeredTables();
    if (!tables)
        return tables.error();
    for (const RegisteredTable &table : tables.value()) {
        // New tables, and those the step may have altered (named in its script): their triggers
        // list the columns, so they are made again.
        const bool isNew = !tablesBefore.contains(table.name);
        const QRegularExpression named(QStringLiteral("\\b%1\\b").arg(table.name));
        if (!isNew && !named.match(step.script).hasMatch())
            continue;
        if (Status s = installAuditTriggers(table); !s)
            return s;
        if (m_dialect.isPostgres()) {
            Result<QList<TableColumn>> columns = SchemaCatalog(m_db, m_dialect).columns(table.name);
            if (!columns)
                return columns.error();
            if (Status s = applyPostgresPolicies(table, columns.value()); !s)
                return s;
            if (Status s = applyPostgresGrants(table); !s)
                return s;
        }
    }
    return {};
}

Status SchemaSecurity::installAuditTriggers(const RegisteredTable &table)
{
    // The journal does not audit itself; the bookkeeping tables are not business data.
    if (!table.audited || table.name == u"journal_audit" || table.name == u"schema_table"
        || table.name == u"schema_migrations")
        return {};
    // A module's steps run alone (the runner's own tests): without the core's journal there is
    // nothing to write to.
    if (!m_hasJournal)
        return {};
    Result<QList<TableColumn>> columns = SchemaCatalog(m_db, m_dialect).columns(table.name);
    if (!columns)
        return columns.error();
    return m_dialect.isSqlite() ? installSqliteAuditTriggers(table, columns.value())
                                : installPostgresAuditTrigger(table, columns.value());
}

Status SchemaSecurity::installSqliteAuditTriggers(const RegisteredTable &table, const QList<TableColumn> &columns)
{
    const auto value = [](const QString &row, const TableColumn &c) {
        const QString ref = QStringLiteral("%1.\"%2\"").arg(row, c.name);
        return isMasked(c) ? QStringLiteral("CASE WHEN %1 IS NULL THEN NULL ELSE '(masqué)' END").arg(ref) : ref;
    };
    // json_object takes at most 127 arguments: wide tables are built in slices, added by json_insert
    // (json_patch would drop the NULL values).
    const auto json = [&](const QString &row) {
        constexpr int kSlice = 60;
        QString expression;
        for (qsizetype start = 0; start < columns.size(); start += kSlice) {
            QStringList parts;
            for (qsizetype i = start; i < std::min<qsizetype>(columns.size(), start + kSlice); ++i) {
                const TableColumn &c = columns.at(i);
                parts.append(expression.isEmpty() ? QStringLiteral("'%1'").arg(c.name)
                                                  : QStringLiteral("'$.%1'").arg(c.name));
                parts.append(value(row, c));
            }
            expression = expression.isEmpty() ? QStringLiteral("json_object(%1)").arg(parts.join(u", "))
                                              : QStringLiteral("json_insert(%1, %2)").arg(expression, parts.join(u", "));
        }
        return expression;
    };
    const bool hasId = SchemaCatalog::hasColumn(columns, QStringLiteral("id"));
    const bool hasCommune = SchemaCatalog::hasColumn(columns, kCommuneColumn);
    const auto communeOf = [&](const QString &row) -> QString {
        if (table.name == u"collectivite")
            return row + QStringLiteral(".id");
        return hasCommune ? row + QStringLiteral(".collectivite_id") : QStringLiteral("NULL");
    };
    const auto idOf = [&](const QString &row) -> QString { return hasId ? row + QStringLiteral(".id") : QStringLiteral("NULL"); };
    QStringList changed;
    for (const TableColumn &c : columns)
        changed.append(QStringLiteral("OLD.\"%1\" IS NOT NEW.\"%1\"").arg(c.name));

    struct Event
    {
        QString action, timing, row, avant, apres, when;
    };
    const QList<Event> events{
        {QStringLiteral("insert"), QStringLiteral("AFTER INSERT"), QStringLiteral("NEW"), QStringLiteral("NULL"),
         json(QStringLiteral("NEW")), {}},
        {QStringLiteral("update"), QStringLiteral("AFTER UPDATE"), QStringLiteral("NEW"), json(QStringLiteral("OLD")),
         json(QStringLiteral("NEW")), QStringLiteral(" WHEN ") + changed.join(QStringLiteral(" OR "))},
        {QStringLiteral("delete"), QStringLiteral("AFTER DELETE"), QStringLiteral("OLD"), json(QStringLiteral("OLD")),
         QStringLiteral("NULL"), {}},
    };
    for (const Event &e : events) {
        const QString trigger = QStringLiteral("om_audit_%1_%2").arg(table.name, e.action);
        if (Status s = exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(trigger)); !s)
            return s;
        const QString create = QStringLiteral(
            "CREATE TRIGGER %1 %2 ON %3%4 BEGIN "
            "INSERT INTO journal_audit (utilisateur, collectivite_id, module, table_name, enregistrement_id, action, "
            "avant, apres) VALUES (om_utilisateur(), %5, '%6', '%3', %7, '%8', %9, %10); END")
                                   .arg(trigger, e.timing, table.name, e.when, communeOf(e.row), table.module,
                                        idOf(e.row), e.action, e.avant, e.apres);
        if (Status s = exec(create); !s)
            return s;
    }
    return {};
}

Status SchemaSecurity::installPostgresAuditTrigger(const RegisteredTable &table, const QList<TableColumn> &columns)
{
    QStringList arguments{QStringLiteral("'%1'").arg(table.module)};
    for (const TableColumn &c : columns)
        if (isMasked(c))
            arguments.append(QStringLiteral("'%1'").arg(c.name));
    return exec(QStringLiteral("CREATE OR REPLACE TRIGGER om_audit AFTER INSERT OR UPDATE OR DELETE ON %1 "
                               "FOR EACH ROW EXECUTE FUNCTION om_audit_ligne(%2)")
                    .arg(table.name, arguments.join(u", ")));
}

Status SchemaSecurity::applyPostgresPolicies(const RegisteredTable &table, const QList<TableColumn> &columns)
{
    QString condition;
    if (table.nature == TableNature::Commune && SchemaCatalog::hasColumn(columns, kCommuneColumn))
        condition = QStringLiteral("collectivite_id IN (SELECT om_collectivites_visibles())");
    else if (table.name == u"collectivite")
        condition = QStringLiteral("id IN (SELECT om_collectivites_visibles())");
    else if (table.name == u"utilisateur")
        condition = QStringLiteral("login = session_user");
    else if (table.name == u"utilisateur_collectivite")
        condition = QStringLiteral("utilisateur_id IN (SELECT id FROM utilisateur WHERE login = session_user)");
    else if (table.name == u"journal_audit")
        condition = QStringLiteral("utilisateur = session_user OR collectivite_id IN (SELECT om_collectivites_visibles())");
    if (condition.isEmpty())
        return {};
    const QStringList statements{
        QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table.name),
        QStringLiteral("DROP POLICY IF EXISTS om_collectivites ON %1").arg(table.name),
        QStringLiteral("CREATE POLICY om_collectivites ON %1 USING (%2) WITH CHECK (%2)").arg(table.name, condition),
    };
    for (const QString &statement : statements)
        if (Status s = exec(statement); !s)
            return s;
    return {};
}

Status SchemaSecurity::ensureGroupRole(const QString &role)
{
    Result<QVariant> exists = Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {role});
    if (!exists)
        return exists.error();
    if (exists.value().toInt() > 0)
        return {};
    Result<QVariant> statement = Sql::scalar(m_db, QStringLiteral("SELECT format('CREATE ROLE %I NOLOGIN', ?::text)"), {role});
    if (!statement)
        return statement.error();
    if (Status s = exec(statement.value().toString()); !s)
        return Error(Tr::tr("Le rôle de groupe « %1 » n'a pas pu être créé sur le serveur : le rôle qui met la base à "
                            "jour doit avoir l'attribut CREATEROLE (voir le guide du serveur partagé).").arg(role),
                     s.error().detail(), Error::Kind::PermissionDenied);
    return {};
}

Status SchemaSecurity::applyPostgresGrants(const RegisteredTable &table)
{
    const SecurityRoleNames roles(m_databaseName);
    const auto quoted = [this](const QString &role) { return m_db.driver()->escapeIdentifier(role, QSqlDriver::TableName); };
    QStringList statements{QStringLiteral("REVOKE ALL ON %1 FROM PUBLIC").arg(table.name)};
    if (table.module == u"core") {
        if (Status s = ensureGroupRole(roles.agents()); !s)
            return s;
        const bool writable = table.nature == TableNature::Commune;
        statements.append(QStringLiteral("GRANT %1 ON %2 TO %3")
                              .arg(writable ? QStringLiteral("SELECT, INSERT, UPDATE, DELETE") : QStringLiteral("SELECT"),
                                   table.name, quoted(roles.agents())));
    } else {
        const QString reader = roles.moduleReader(table.module);
        const QString writer = roles.moduleWriter(table.module);
        if (Status s = ensureGroupRole(reader); !s)
            return s;
        if (Status s = ensureGroupRole(writer); !s)
            return s;
        statements.append(QStringLiteral("GRANT SELECT ON %1 TO %2, %3").arg(table.name, quoted(reader), quoted(writer)));
        // Shared reference tables are written by the administrator (the schema's owner) only:
        // an agent of one commune must not change what the others see.
        if (table.nature == TableNature::Commune)
            statements.append(QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2").arg(table.name, quoted(writer)));
    }
    for (const QString &statement : statements)
        if (Status s = exec(statement); !s)
            return s;
    return {};
}

} // namespace OpenMairie::Core
