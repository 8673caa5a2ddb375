// Reading a medication's regimen as it was once typed ("1 mg at 08:00 and 22:00", "0.5 mg 08:00,
// 1 mg 22:00", "1@08:00") into doses at clock times, for the schema migration that made the
// regimen structured and for patient files written before it. Anything it does not fully
// understand ("twice daily", "prn", an amount without a time) is reported as not complete, so
// the caller marks the medication for review instead of guessing or dropping doses.
#pragma once

#include "records.h"

#include <QList>
#include <QString>

namespace lento::store {

class RegimenText
{
public:
    struct Read
    {
        QList<MedicationDose> doses; // in the order written
        bool complete = false; // every word was understood and every amount has a time
        QString unread; // the words not understood, for the review note
    };

    static Read read(const QString &text);
    // The language-neutral written form: "1 mg 08:00, 0.5 mg 22:00".
    static QString write(const QList<MedicationDose> &doses);
};

} // namespace lento::store
