#include "cli.h"

#ifdef LOOPSCOPE_HAVE_GUI
#include "mainwindow.h"

#include <QApplication>
#endif

int main(int argc, char *argv[])
{
    // Commands stay headless (no QApplication, no display needed).
    if (argc > 1)
        return Cli::main(argc, argv);
#ifdef LOOPSCOPE_HAVE_GUI
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Loopscope"));
    QApplication::setApplicationName(QStringLiteral("Loopscope"));
    Ui::MainWindow window;
    window.show();
    return app.exec();
#else
    return Cli::usage();
#endif
}
