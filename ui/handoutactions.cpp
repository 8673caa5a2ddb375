// Print preview and PDF export of the patient handout (see handoutactions.h).
#include "handoutactions.h"

#include "catalogue.h"
#include "displaytext.h"
#include "filedialogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>

namespace lento::ui {

Expected<report::HandoutResult> renderHandout(QPrinter *printer, const report::HandoutInput &input)
{
    printer->setFullPage(true);
    return report::HandoutRenderer(input, Catalogue::shared()).render(printer);
}

QString suggestedHandoutFileName(const report::HandoutInput &input)
{
    QString who = !input.patientIdentifier.isEmpty() ? input.patientIdentifier : input.patientName;
    who.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]+")), QStringLiteral("-"));
    who.remove(QRegularExpression(QStringLiteral("^[-.]+|-+$")));
    const QDate date = input.issued.isValid() ? input.issued : QDate::currentDate();
    QString name = QStringLiteral("handout");
    if (!who.isEmpty())
        name += QLatin1Char('-') + who.left(60);
    return name + QLatin1Char('-') + date.toString(Qt::ISODate) + QStringLiteral(".pdf");
}

bool acknowledgeCriticalFindings(QWidget *parent, const QList<Check> &checks, report::HandoutInput *input)
{
    input->criticalFindings.clear();
    QStringList shown;
    for (const Check &c : checks)
        if (c.severity == CheckSeverity::Critical) {
            input->criticalFindings << c.message;
            shown << QStringLiteral("• ") + DisplayText::checkMessage(c, &Catalogue::shared());
        }
    if (input->criticalFindings.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("HandoutActions", "Critical findings"),
        QCoreApplication::translate("HandoutActions",
            "This plan has %n critical finding(s). Give it to the patient only if you accept them.", nullptr,
            int(shown.size())),
        QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("criticalFindingsDialog"));
    box.setInformativeText(shown.join(QLatin1Char('\n')));
    QPushButton *accept
        = box.addButton(QCoreApplication::translate("HandoutActions", "Accept and continue"), QMessageBox::AcceptRole);
    accept->setObjectName(QStringLiteral("acceptCritical"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    input->criticalAccepted = box.clickedButton() == accept;
    return input->criticalAccepted;
}

void printHandout(QWidget *parent, const report::HandoutInput &input)
{
    const report::HandoutRenderer renderer(input, Catalogue::shared());
    if (const Expected<bool> ok = renderer.validate(); !ok) {
        QMessageBox::warning(parent, QCoreApplication::translate("HandoutActions", "Print handout"),
            QCoreApplication::translate("HandoutActions", "The handout cannot be printed: %1").arg(ok.error().text()));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(input.paper));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setFullPage(true);
    printer.setDocName(suggestedHandoutFileName(input));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("HandoutActions", "Print handout"));
    QString error;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *target) {
        const Expected<report::HandoutResult> r = renderHandout(target, input);
        if (!r)
            error = r.error().text();
    });
    dialog.exec();
    if (!error.isEmpty())
        QMessageBox::warning(parent, QCoreApplication::translate("HandoutActions", "Print handout"),
            QCoreApplication::translate("HandoutActions", "The handout could not be printed: %1").arg(error));
}

bool exportHandoutPdf(QWidget *parent, const report::HandoutInput &input)
{
    const report::HandoutRenderer renderer(input, Catalogue::shared());
    if (const Expected<bool> ok = renderer.validate(); !ok) {
        QMessageBox::warning(parent, QCoreApplication::translate("HandoutActions", "Export handout"),
            QCoreApplication::translate("HandoutActions", "The handout cannot be exported: %1").arg(ok.error().text()));
        return false;
    }
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    QString path
        = FileDialogs::saveFileName(parent, QCoreApplication::translate("HandoutActions", "Export handout as PDF"),
            QDir(dir).filePath(suggestedHandoutFileName(input)),
            QCoreApplication::translate("HandoutActions", "PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    const Expected<report::HandoutResult> written = renderer.writePdf(path);
    if (!written) {
        QMessageBox::warning(parent, QCoreApplication::translate("HandoutActions", "Export handout"),
            QCoreApplication::translate("HandoutActions", "The handout was not saved: %1").arg(written.error().text()));
        return false;
    }
    return true;
}

} // namespace lento::ui
