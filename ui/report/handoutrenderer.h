// Renders a patient handout onto any paged paint device (QPdfWriter here, QPrinter in the window):
// works out the calendar, lays the content out in pages (rows never split, "Page x of y" on every
// page, a running header after the first page), and writes PDF files through QSaveFile.
#pragma once

#include "expected.h"
#include "handoutinput.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace lento {
class Catalogue;
}

namespace lento::report {

struct HandoutResult
{
    int pages = 0;
    int patientPages = 0; // pages before the prescriber/pharmacy page
    QStringList warnings; // e.g. doses no product makes (English, for logs and the CLI)
    QStringList untranslated; // handout texts printed in English for want of a translation
};

class HandoutRenderer
{
public:
    HandoutRenderer(const HandoutInput &input, const Catalogue &catalogue);

    // Paints every page onto `device`, whose page size and orientation are already set. Painting
    // uses the whole page (margins are the handout's own).
    Expected<HandoutResult> render(QPagedPaintDevice *device) const;
    // The handout as PDF bytes on the input's paper.
    Expected<QByteArray> pdf(HandoutResult *result = nullptr) const;
    // Writes the PDF to `path` atomically (QSaveFile): on any failure nothing is left behind and
    // the error names the file.
    Expected<HandoutResult> writePdf(const QString &path) const;

    // Checks the input (language, period, start date, a calendar can be made) before anything is
    // painted; errors name the field.
    Expected<bool> validate() const;

private:
    const HandoutInput &m_in;
    const Catalogue &m_catalogue;
};

} // namespace lento::report
