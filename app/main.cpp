#include "cli.h"

#ifdef LOOPSCOPE_HAVE_GUI
#include "mainwindow.h"

#include <QApplication>
#include <QDirIterator>
#include <QIcon>
#endif

#include <cstdio>
#include <cstring>

namespace {

// The desktop file's and the AppStream id's base name: Wayland compositors and docks match the
// window to its launcher (and its icon) by it.
const char appId[] = "io.github.loopscope.Loopscope";

int printVersion()
{
    std::printf("loopscope %s (Qt %s)\n", LOOPSCOPE_VERSION, qVersion());
    return 0;
}

#ifdef LOOPSCOPE_HAVE_GUI
// The hicolor PNGs embedded from resources/desktop/icons: the window has its icon even when
// run from a build tree, where no icon theme knows it.
QIcon appIcon()
{
    QIcon icon;
    QDirIterator it(QStringLiteral(":/icons"), {QStringLiteral("*.png")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        icon.addFile(it.next());
    return icon;
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 2 && std::strcmp(argv[1], "--version") == 0)
        return printVersion();
    // Commands stay headless (no QApplication, no display needed).
    if (argc > 1)
        return Cli::main(argc, argv);
#ifdef LOOPSCOPE_HAVE_GUI
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Loopscope"));
    QApplication::setApplicationName(QStringLiteral("Loopscope"));
    QApplication::setApplicationVersion(QStringLiteral(LOOPSCOPE_VERSION));
    QGuiApplication::setDesktopFileName(QLatin1String(appId));
    QApplication::setWindowIcon(appIcon());
    Ui::MainWindow window;
    window.show();
    return app.exec();
#else
    return Cli::usage();
#endif
}
