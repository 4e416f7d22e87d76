#pragma once

#include "ConnectionProfile.h"

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace OpenMairie::Gui {

// The data file of a single-seat installation, with "Parcourir…".
class LocalFileForm final : public QWidget
{
    Q_OBJECT

public:
    enum class Purpose {
        CreateOrOpen, // first run: a new file (or an existing OpenMairie base)
        OpenExisting, // changing base: an existing file
    };

    explicit LocalFileForm(Purpose purpose, QWidget *parent = nullptr);

    QString filePath() const;
    void setFilePath(const QString &path);
    Core::ConnectionProfile profile() const;

signals:
    void changed();

private:
    void browse();

    Purpose m_purpose;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
};

} // namespace OpenMairie::Gui
