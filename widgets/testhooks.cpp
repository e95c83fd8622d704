#include "testhooks.h"

#include "codeeditor.h"
#include "crashnotice.h"
#include "mainwindow.h"
#include "programdocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QTimer>

#include <cstdio>

namespace Ui
{
namespace
{

void report(const MainWindow &window)
{
    // A JSON string keeps newlines and quotes on one line.
    const QByteArray text = QJsonDocument(QJsonArray { window.editor()->text() })
                                    .toJson(QJsonDocument::Compact)
                                    .chopped(1)
                                    .mid(1);
    const bool notice = window.crashNotice() && window.crashNotice()->isVisible();
    std::fprintf(stderr, "loopscope-test: program %s\nloopscope-test: text %s\n"
                         "loopscope-test: crash-notice %s\n",
        qPrintable(window.document()->fileName()), text.constData(),
        notice ? "shown" : "none");
    std::fflush(stderr);
}

void typeInto(MainWindow &window, const QString &text)
{
    auto *timer = new QTimer(&window);
    timer->setInterval(40);
    auto next = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, &window, [&window, timer, text, next] {
        if (*next >= text.size()) {
            timer->stop();
            return;
        }
        const QString ch = text.mid((*next)++, 1);
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, ch);
        QCoreApplication::sendEvent(window.editor(), &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, ch);
        QCoreApplication::sendEvent(window.editor(), &release);
    });
    timer->start();
}

} // namespace

void startTestHooks(MainWindow &window)
{
    const QString type = qEnvironmentVariable("LOOPSCOPE_TEST_TYPE");
    const bool wantReport = qEnvironmentVariableIsSet("LOOPSCOPE_TEST_REPORT");
    if (type.isEmpty() && !wantReport)
        return;
    // After the start-up work queued behind the window's first show.
    QTimer::singleShot(200, &window, [&window, type, wantReport] {
        if (wantReport)
            report(window);
        if (!type.isEmpty())
            typeInto(window, type);
    });
}

} // namespace Ui
