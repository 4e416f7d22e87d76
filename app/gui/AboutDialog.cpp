#include "AboutDialog.h"

#include "Icons.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QPixmap>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace OpenMairie::Gui {

AboutDialog::AboutDialog(const QString &databaseDescription, QWidget *parent)
    : AboutDialog(databaseDescription, DeploymentConfig::load(), parent)
{
}

AboutDialog::AboutDialog(const QString &databaseDescription, const DeploymentConfig &deployment, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("À propos d'OpenMairie"));
    resize(620, 520);

    auto *logo = new QLabel(this);
    logo->setPixmap(Icons::application().pixmap(64, 64));
    auto *title = new QLabel(tr("OpenMairie %1").arg(QApplication::applicationVersion()), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *tagline = new QLabel(tr("Suite logicielle libre pour les mairies"), this);
    auto *titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(tagline);
    auto *header = new QHBoxLayout;
    header->addWidget(logo);
    header->addSpacing(10);
    header->addLayout(titles, 1);

    const QString database = databaseDescription.isEmpty() ? tr("aucune base ouverte") : databaseDescription;
    m_aboutHtml =
        QStringLiteral("<p>") + tr("Version %1.").arg(QApplication::applicationVersion()).toHtmlEscaped()
        + QStringLiteral("</p><p>")
        + tr("Ce programme est un logiciel libre : vous pouvez le redistribuer et le modifier selon les termes de la "
             "Licence publique générale GNU (GPL), version 3 ou ultérieure. Il est fourni sans aucune garantie.")
              .toHtmlEscaped()
        + QStringLiteral("</p><p>")
        + tr("Qt %1 (compilé avec Qt %2).").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))
              .toHtmlEscaped()
        + QStringLiteral("<br>") + tr("Base de données : %1.").arg(database).toHtmlEscaped()
        + QStringLiteral("</p><p>")
        + tr("OpenMairie reprend les règles métier des applications openMairie (openElec, openCimetière, openRésultat, "
             "openScrutin, openCourrier, openADS, openCadastre, openLogement, openRèglement), nées à la ville d'Arles "
             "et développées depuis par la communauté openMairie et les collectivités qui l'utilisent. Merci à elles.")
              .toHtmlEscaped()
        + QStringLiteral("</p><p><a href=\"https://www.openmairie.org\">www.openmairie.org</a></p>");
    auto *about = new QTextBrowser(this);
    about->setObjectName(QStringLiteral("aboutText"));
    about->setOpenExternalLinks(true);
    about->setHtml(m_aboutHtml);
    about->setFrameShape(QFrame::NoFrame);

    QFile licence(QStringLiteral(":/openmairie/reference/LICENSE-decoupage-administratif.txt"));
    if (licence.open(QIODevice::ReadOnly))
        m_dataLicence = QString::fromUtf8(licence.readAll());
    auto *dataPage = new QWidget(this);
    auto *dataIntro = new QLabel(tr("La liste des communes vient du Code officiel géographique de l'INSEE, par le jeu "
                                    "de données « découpage administratif » d'Etalab, diffusé sous la licence "
                                    "suivante :"),
                                 dataPage);
    dataIntro->setWordWrap(true);
    auto *dataText = new QPlainTextEdit(m_dataLicence, dataPage);
    dataText->setObjectName(QStringLiteral("dataLicence"));
    dataText->setReadOnly(true);
    auto *dataLayout = new QVBoxLayout(dataPage);
    dataLayout->addWidget(dataIntro);
    dataLayout->addWidget(dataText, 1);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(about, tr("OpenMairie"));
    tabs->addTab(dataPage, tr("Données de référence"));

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Fermer"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    if (deployment.hasPartner())
        layout->addWidget(createPartnerBox(deployment));
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
}

QWidget *AboutDialog::createPartnerBox(const DeploymentConfig &deployment)
{
    auto *box = new QGroupBox(tr("Installé et assisté par"), this);
    box->setObjectName(QStringLiteral("partnerBox"));
    auto *logo = new QLabel(box);
    logo->setObjectName(QStringLiteral("partnerLogo"));
    const QPixmap pixmap(deployment.partnerLogo());
    if (!pixmap.isNull())
        logo->setPixmap(pixmap.scaled(96, 48, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else
        logo->hide();

    QStringList lines{QStringLiteral("<b>%1</b>").arg(deployment.partnerName().toHtmlEscaped())};
    m_partnerText = deployment.partnerName();
    if (!deployment.supportContact().isEmpty()) {
        lines << deployment.supportContact().toHtmlEscaped();
        m_partnerText += u'\n' + deployment.supportContact();
    }
    if (!deployment.supportUrl().isEmpty()) {
        lines << QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(deployment.supportUrl().toHtmlEscaped(), deployment.supportUrl().toHtmlEscaped());
        m_partnerText += u'\n' + deployment.supportUrl();
    }
    auto *text = new QLabel(lines.join(QStringLiteral("<br>")), box);
    text->setObjectName(QStringLiteral("partnerText"));
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setWordWrap(true);

    auto *row = new QHBoxLayout(box);
    row->addWidget(logo);
    row->addWidget(text, 1);
    return box;
}

QString AboutDialog::aboutText() const
{
    return m_aboutHtml;
}

QString AboutDialog::dataLicenceText() const
{
    return m_dataLicence;
}

} // namespace OpenMairie::Gui
