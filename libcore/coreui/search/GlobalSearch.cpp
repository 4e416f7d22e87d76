#include "GlobalSearch.h"

#include "SearchResultsPopup.h"

#include "SearchEngine.h"
#include "TextNormalizer.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>

namespace OpenMairie::CoreUi {

GlobalSearch::GlobalSearch(QLineEdit *field, Core::SearchEngine &engine, QObject *parent)
    : QObject(parent ? parent : field), m_field(field), m_engine(engine)
{
    // A top-level tool window (not a child of the line edit) so that it may overflow the toolbar;
    // it belongs to the field's window and goes with it.
    m_popup = new SearchResultsPopup(field->window());
    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(kTypingPauseMs);
    connect(m_pause, &QTimer::timeout, this, &GlobalSearch::searchNow);
    connect(m_field, &QLineEdit::textEdited, this, &GlobalSearch::onTextEdited);
    connect(&m_engine, &Core::SearchEngine::resultsReady, this, &GlobalSearch::onResults);
    connect(m_popup, &SearchResultsPopup::linkActivated, this, &GlobalSearch::activate);
    m_field->installEventFilter(this);
}

GlobalSearch::~GlobalSearch()
{
    if (m_popup)
        delete m_popup.data();
}

bool GlobalSearch::isPopupVisible() const
{
    return m_popup && m_popup->isVisible();
}

void GlobalSearch::closePopup()
{
    m_enterPending = false;
    if (m_popup)
        m_popup->hide();
}

void GlobalSearch::onTextEdited()
{
    m_enterPending = false;
    if (Core::TextNormalizer::searchKey(m_field->text()).size() < Core::SearchEngine::kMinimumKeyLength) {
        // Nothing worth searching: the running query is dropped and the list goes away.
        m_pause->stop();
        m_engine.cancel();
        closePopup();
        return;
    }
    m_pause->start();
}

void GlobalSearch::searchNow()
{
    m_pause->stop();
    const QString text = m_field->text().trimmed();
    if (Core::TextNormalizer::searchKey(text).size() < Core::SearchEngine::kMinimumKeyLength)
        return;
    m_engine.search(text);
    if (m_engine.isSearching() && m_popup) {
        m_popup->showSearching(text);
        if (!m_popup->isVisible())
            m_popup->popUpBelow(m_field);
    }
}

void GlobalSearch::onResults(const Core::SearchResults &results)
{
    if (!m_popup || !m_field->isVisible())
        return;
    if (results.text.isEmpty()) {
        closePopup();
        return;
    }
    m_popup->showResults(results);
    m_popup->popUpBelow(m_field);
    if (m_enterPending) {
        m_enterPending = false;
        if (m_popup->hasHits())
            activate(m_popup->currentLink());
    }
}

void GlobalSearch::activate(const Core::RecordLink &link)
{
    if (!link.isValid())
        return;
    closePopup();
    emit linkActivated(link);
}

bool GlobalSearch::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_field)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::FocusOut) {
        // A click in the list does not take the focus (the list never accepts it), so leaving the
        // box for another field means the agent went elsewhere. A change of active window (a dialog
        // closing, the window manager) is not the agent's choice: the list stays.
        if (static_cast<QFocusEvent *>(event)->reason() != Qt::ActiveWindowFocusReason)
            closePopup();
    } else if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Escape:
            if (isPopupVisible() || m_pause->isActive() || m_engine.isSearching()) {
                m_pause->stop();
                m_engine.cancel();
                closePopup();
                return true;
            }
            break;
        case Qt::Key_Down:
        case Qt::Key_Up:
            if (isPopupVisible()) {
                m_popup->selectNext(key->key() == Qt::Key_Down ? 1 : -1);
                return true;
            }
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_pause->isActive() || m_engine.isSearching()) {
                // The agent typed and pressed Enter at once: open the first hit when it arrives.
                m_enterPending = true;
                if (m_pause->isActive())
                    searchNow();
                return true;
            }
            if (isPopupVisible() && m_popup->hasHits()) {
                activate(m_popup->currentLink());
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace OpenMairie::CoreUi
