// A date field that may be left empty ("Not recorded", its minimum date). Typing a date into the
// empty field replaces the "Not recorded" text instead of appending to it, "1958-03-02" typed
// with its dashes gives that date, and the calendar of an empty field opens at a chosen month
// (a date of birth some sixty years back, not January 1900).
#pragma once

#include <QDate>
#include <QDateEdit>

namespace lento::ui {

class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT
public:
    // `emptyDate` (the minimum) stands for "not recorded"; `openAt` is the month the calendar of
    // an empty field shows.
    OptionalDateEdit(const QDate &emptyDate, const QDate &openAt, QWidget *parent = nullptr);

    bool isEmpty() const { return date() == minimumDate(); }
    QDate value() const { return isEmpty() ? QDate() : date(); } // invalid when not recorded

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QDate m_openAt;
    bool m_justAdvanced = false; // the last digit completed a part of the date
};

} // namespace lento::ui
