#include "ServerForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace OpenMairie::Gui {

namespace {
QString sslModeLabel(const QString &mode)
{
    if (mode == u"disable")
        return ServerForm::tr("disable — jamais chiffré");
    if (mode == u"allow")
        return ServerForm::tr("allow — chiffré si le serveur l'exige");
    if (mode == u"prefer")
        return ServerForm::tr("prefer — chiffré si possible (par défaut)");
    if (mode == u"require")
        return ServerForm::tr("require — toujours chiffré");
    if (mode == u"verify-ca")
        return ServerForm::tr("verify-ca — chiffré, certificat vérifié");
    if (mode == u"verify-full")
        return ServerForm::tr("verify-full — chiffré, certificat et nom vérifiés");
    return mode;
}
} // namespace

ServerForm::ServerForm(QWidget *parent) : QWidget(parent)
{
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_host->setPlaceholderText(tr("par exemple serveur.syndicat.local"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_database->setPlaceholderText(tr("par exemple mairie"));
    m_role = new QLineEdit(this);
    m_role->setObjectName(QStringLiteral("serverRole"));
    m_role->setPlaceholderText(tr("votre identifiant sur le serveur"));
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(QStringLiteral("serverSslMode"));
    for (const QString &mode : Core::ConnectionProfile::sslModes())
        m_sslMode->addItem(sslModeLabel(mode), mode);
    m_sslMode->setCurrentIndex(m_sslMode->findData(QStringLiteral("prefer")));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Le mot de passe du rôle sur le serveur. OpenMairie ne l'enregistre jamais."));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Serveur :"), m_host);
    form->addRow(tr("&Port :"), m_port);
    form->addRow(tr("&Base :"), m_database);
    form->addRow(tr("&Rôle :"), m_role);
    form->addRow(tr("&Mode SSL :"), m_sslMode);
    form->addRow(tr("Mot de &passe :"), m_password);

    for (QLineEdit *edit : {m_host, m_database, m_role, m_password})
        connect(edit, &QLineEdit::textChanged, this, &ServerForm::changed);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerForm::changed);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &ServerForm::changed);
}

Core::ConnectionProfile ServerForm::profile() const
{
    return Core::ConnectionProfile::postgres(m_host->text().trimmed(), m_port->value(), m_database->text().trimmed(),
                                             m_role->text().trimmed(), m_sslMode->currentData().toString());
}

void ServerForm::setProfile(const Core::ConnectionProfile &profile)
{
    m_host->setText(profile.host());
    m_port->setValue(profile.port());
    m_database->setText(profile.database());
    m_role->setText(profile.role());
    const int ssl = m_sslMode->findData(profile.sslMode());
    if (ssl >= 0)
        m_sslMode->setCurrentIndex(ssl);
}

QString ServerForm::password() const
{
    return m_password->text();
}

void ServerForm::setPassword(const QString &password)
{
    m_password->setText(password);
}

QString ServerForm::missingField() const
{
    if (m_host->text().trimmed().isEmpty())
        return tr("Indiquez l'adresse du serveur PostgreSQL (nom ou adresse IP).");
    if (m_database->text().trimmed().isEmpty())
        return tr("Indiquez le nom de la base sur le serveur.");
    if (m_role->text().trimmed().isEmpty())
        return tr("Indiquez le rôle (l'identifiant) avec lequel se connecter au serveur.");
    return {};
}

} // namespace OpenMairie::Gui
