#pragma once

#include "openmairie_coreui_export.h"

#include "SearchResults.h"

#include <QFrame>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace OpenMairie::CoreUi {

// The list under the global search box: hits grouped under their module's heading, or "Recherche en
// cours…", or "Aucun résultat". It never takes the keyboard focus: the agent keeps typing in the box,
// which moves the selection with the arrows (GlobalSearch).
class OPENMAIRIE_COREUI_EXPORT SearchResultsPopup final : public QFrame
{
    Q_OBJECT

public:
    explicit SearchResultsPopup(QWidget *parent = nullptr);

    void showSearching(const QString &text);
    void showResults(const Core::SearchResults &results);
    // Below the anchor, as wide as it (at least 420 px).
    void popUpBelow(QWidget *anchor);

    // Moves the selection to the next or previous hit (headings are skipped).
    void selectNext(int step);
    // The selected hit's link; the first hit's when none is selected.
    Core::RecordLink currentLink() const;
    bool hasHits() const;

    // What the popup lists, line by line: "# Arrêtés municipaux" for a heading (tests).
    QStringList lines() const;
    // "Recherche de « … » en cours…", "Aucun résultat pour « … »…", or the providers' problems.
    QString statusText() const;
    QTreeWidget *tree() const { return m_tree; }

signals:
    void linkActivated(const OpenMairie::Core::RecordLink &link);

private:
    QList<QTreeWidgetItem *> hitItems() const;

    QTreeWidget *m_tree = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace OpenMairie::CoreUi
