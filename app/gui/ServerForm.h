#pragma once

#include "ConnectionProfile.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace OpenMairie::Gui {

// A shared PostgreSQL server: address, port, base, role, SSL mode and the role's password (used to
// test or open the connection, never saved).
class ServerForm final : public QWidget
{
    Q_OBJECT

public:
    explicit ServerForm(QWidget *parent = nullptr);

    Core::ConnectionProfile profile() const;
    void setProfile(const Core::ConnectionProfile &profile);
    QString password() const;
    void setPassword(const QString &password);
    // Empty when complete; otherwise what is missing, in French.
    QString missingField() const;

signals:
    void changed();

private:
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_role = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_password = nullptr;
};

} // namespace OpenMairie::Gui
