#pragma once

#include "openmairie_coreui_export.h"

#include "DashboardWidgetDefinition.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QStackedWidget;
class QToolButton;
class QVBoxLayout;

namespace OpenMairie::CoreUi {

// One widget of the home-page dashboard: its title, a refresh button, and while the figure is being
// computed on a worker thread, a "Calcul en cours…" line instead of the value. A click on the figure,
// a line of a short list or a shortcut asks for its link to be opened.
class OPENMAIRIE_COREUI_EXPORT DashboardCard final : public QFrame
{
    Q_OBJECT

public:
    explicit DashboardCard(const Core::DashboardWidgetDefinition &definition, QWidget *parent = nullptr);

    const Core::DashboardWidgetDefinition &definition() const { return m_definition; }
    QString widgetId() const { return m_definition.id; }

    // Each load gets a ticket; the answer of an older one (refresh pressed twice) is ignored.
    quint64 beginLoading();
    void showValue(quint64 ticket, const Core::Result<Core::DashboardValue> &value);

    bool isLoading() const;
    // What the card shows now, as text (tests, accessibility): "42 — arrêtés signés en 2026".
    QString shownText() const;

signals:
    void refreshRequested();
    void linkActivated(const OpenMairie::Core::RecordLink &link);

private:
    void showCount(const Core::DashboardValue &value);
    void showList(const Core::DashboardValue &value);
    void showError(const Core::Error &error);
    QPushButton *linkButton(const QString &text, const Core::RecordLink &link, QWidget *parent);

    Core::DashboardWidgetDefinition m_definition;
    quint64 m_ticket = 0;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_valuePage = nullptr;
    QVBoxLayout *m_valueLayout = nullptr;
    QLabel *m_error = nullptr;
    QToolButton *m_refresh = nullptr;
    QString m_shownText;
};

} // namespace OpenMairie::CoreUi
