#include "cli.h"
#include "launchtarget.h"

#ifdef LOOPSCOPE_HAVE_GUI
#include "mainwindow.h"
#include "openlaunchtarget.h"
#include "sessionguard.h"
#include "testhooks.h"
#include "translations.h"

#include <QApplication>
#include <QDirIterator>
#include <QIcon>
#include <QTimer>
#endif

#include <QFile>
#include <QStringList>

#include <cstdio>

namespace
{

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
    QDirIterator it(QStringLiteral(":/icons"), { QStringLiteral("*.png") }, QDir::Files,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        icon.addFile(it.next());
    return icon;
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QFile::decodeName(argv[i]);
    if (arguments.size() == 1 && arguments.first() == QLatin1String("--version"))
        return printVersion();
    const Core::LaunchTarget target = Core::LaunchTarget::fromArguments(arguments);
    switch (target.kind) {
    case Core::LaunchTarget::Kind::Command:
        // Commands stay headless (no QApplication, no display needed).
        return Cli::main(argc, argv);
    case Core::LaunchTarget::Kind::Invalid:
        std::fprintf(stderr, "loopscope: cannot open %s: %s\n",
            QFile::encodeName(target.path).constData(), qPrintable(target.error));
        return 2;
    case Core::LaunchTarget::Kind::Window:
    case Core::LaunchTarget::Kind::Recording:
    case Core::LaunchTarget::Kind::Program:
        break;
    }
#ifdef LOOPSCOPE_HAVE_GUI
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Loopscope"));
    QApplication::setApplicationName(QStringLiteral("Loopscope"));
    QApplication::setApplicationVersion(QStringLiteral(LOOPSCOPE_VERSION));
    QGuiApplication::setDesktopFileName(QLatin1String(appId));
    QApplication::setWindowIcon(appIcon());
    // The window follows the system's language; commands above never get here, so their
    // output stays English.
    Ui::installTranslators();
    // Before the window, so it ends after it: only a clean end removes its lock.
    const Ui::SessionGuard session;
    Ui::MainWindow window;
    if (session.isPrimary())
        window.keepLastRun(session.lastRunRecording());
    if (session.previousEndedUncleanly()) {
        // The lesson, its step and the drafts come back by themselves (saved as they change);
        // the card says so and where the last run's recording is.
        const bool recorded = QFile::exists(session.crashedRunRecording());
        window.showCrashNotice(session.lastRunFolder(), recorded);
        std::fprintf(stderr, "loopscope: the last session did not close properly; the lesson "
                             "and drafts were restored%s%s\n",
            recorded ? "; its last run's recording: " : "",
            recorded ? QFile::encodeName(session.crashedRunRecording()).constData() : "");
    }
    window.show();
    Ui::startTestHooks(window);
    if (target.kind != Core::LaunchTarget::Kind::Window) {
        // Once the window is up, so a message about the file has somewhere to appear.
        QTimer::singleShot(0, &window, [&window, target] { Ui::openLaunchTarget(window, target); });
    }
    return app.exec();
#else
    if (target.kind == Core::LaunchTarget::Kind::Window)
        return Cli::usage();
    std::fprintf(stderr, "loopscope: this build has no window to open %s in\n",
        QFile::encodeName(target.path).constData());
    return 2;
#endif
}
