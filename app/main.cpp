// lento: the taper workspace window.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Lento"));
    QApplication::setOrganizationName(QStringLiteral("Lento"));
    QApplication::setApplicationVersion(QStringLiteral(LENTO_VERSION));
    QMainWindow window;
    window.setWindowTitle(QApplication::translate("main", "Lento"));
    auto *label = new QLabel(QApplication::translate("main", "The taper workspace is being prepared."));
    label->setAlignment(Qt::AlignCenter);
    window.setCentralWidget(label);
    window.resize(1200, 800);
    window.show();
    return app.exec();
}
