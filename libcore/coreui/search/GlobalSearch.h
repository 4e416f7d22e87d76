#pragma once

#include "openmairie_coreui_export.h"

#include "RecordLink.h"
#include "SearchResultsPopup.h"

#include <QObject>
#include <QPointer>

class QLineEdit;
class QTimer;

namespace OpenMairie::Core {
class SearchEngine;
struct SearchResults;
} // namespace OpenMairie::Core

namespace OpenMairie::CoreUi {

// Turns a line edit into the global search box: the query starts a short pause after the last key
// (so that typing "lefebvre" runs one search, not eight), the results drop down grouped by module,
// the arrows move in them, Enter or a click opens the record, Escape closes the list.
class OPENMAIRIE_COREUI_EXPORT GlobalSearch final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kTypingPauseMs = 250;

    GlobalSearch(QLineEdit *field, Core::SearchEngine &engine, QObject *parent = nullptr);
    ~GlobalSearch() override;

    SearchResultsPopup *popup() const { return m_popup; }
    bool isPopupVisible() const;
    // Runs the query now instead of after the pause (tests, Enter before the pause ended).
    void searchNow();
    void closePopup();

signals:
    void linkActivated(const OpenMairie::Core::RecordLink &link);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextEdited();
    void onResults(const Core::SearchResults &results);
    void activate(const Core::RecordLink &link);

    QLineEdit *m_field = nullptr;
    Core::SearchEngine &m_engine;
    QPointer<SearchResultsPopup> m_popup;
    QTimer *m_pause = nullptr;
    bool m_enterPending = false; // Enter pressed while the answer was on its way
};

} // namespace OpenMairie::CoreUi
