// A date field that may be "Not recorded" (see optionaldateedit.h).
#include "optionaldateedit.h"

#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLineEdit>

namespace lento::ui {

OptionalDateEdit::OptionalDateEdit(const QDate &emptyDate, const QDate &openAt, QWidget *parent)
    : QDateEdit(parent), m_openAt(openAt)
{
    setCalendarPopup(true);
    setMinimumDate(emptyDate);
    setDate(emptyDate);
    calendarWidget()->installEventFilter(this);
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    const bool digit = text.size() == 1 && text.at(0).isDigit();
    // A complete year or month moves on to the next part by itself; the separator typed after it
    // ("1958-03-02") must not move on once more.
    if (m_justAdvanced && text.size() == 1 && text.at(0).isPunct()) {
        m_justAdvanced = false;
        event->accept();
        return;
    }
    if (isEmpty() && digit) {
        // Start from a date in range with the year selected, so the date reads as typed.
        setDate(m_openAt);
        setCurrentSection(QDateTimeEdit::YearSection);
        setSelectedSection(QDateTimeEdit::YearSection);
    }
    const Section before = currentSection();
    QDateEdit::keyPressEvent(event);
    m_justAdvanced = digit && currentSection() != before;
}

bool OptionalDateEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == calendarWidget() && event->type() == QEvent::Show && isEmpty())
        calendarWidget()->setCurrentPage(m_openAt.year(), m_openAt.month());
    return QDateEdit::eventFilter(watched, event);
}

} // namespace lento::ui
