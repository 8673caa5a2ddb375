// The window's side of the patient handout: File → Print… (a print preview of the handout) and
// File → Export PDF… (a save dialog, then the PDF written through QSaveFile). The main window fills
// a HandoutInput from the settings, the patient record and the open plan, and calls these.
#pragma once

#include "checks.h"
#include "expected.h"
#include "handoutinput.h"
#include "handoutrenderer.h"

#include <QList>
#include <QString>

class QPrinter;
class QWidget;

namespace lento::ui {

// Shows a QPrintPreviewDialog of the handout; printing goes to the printer chosen there. Problems
// with the plan (no start date, no steps, ...) are shown in a message box and no dialog opens.
void printHandout(QWidget *parent, const report::HandoutInput &input);

// Asks where to save, writes the PDF, and reports failures in a message box. Returns true when a
// file was written (false if cancelled or failed).
bool exportHandoutPdf(QWidget *parent, const report::HandoutInput &input);

// Paints the handout onto `printer` using the whole page (the handout has its own margins).
Expected<report::HandoutResult> renderHandout(QPrinter *printer, const report::HandoutInput &input);

// A plan with critical findings: lists them (in the window's language) and asks the prescriber to
// accept them before a handout is made. Fills input->criticalFindings (English) and
// criticalAccepted. Returns false when the prescriber declines; true at once when there are none.
bool acknowledgeCriticalFindings(QWidget *parent, const QList<Check> &checks, report::HandoutInput *input);

// "handout-<record no. or name>-<date>.pdf", safe as a file name.
QString suggestedHandoutFileName(const report::HandoutInput &input);

} // namespace lento::ui
