#include "labserver.h"

#include "interpreterfinder.h"
#include "resourcepackage.h"

#include <QCoro/QCoroSignal>
#include <QProcess>
#include <QTimer>

namespace Core {
namespace {

ResourcePackage labPackage()
{
    ResourcePackage p;
    p.resourceRoot = QStringLiteral(":/lab");
    p.package = QStringLiteral("loopscope_lab");
    p.marker = QStringLiteral("__main__.py");
    p.cacheName = QStringLiteral("lab");
    p.environmentVariable = QStringLiteral("LOOPSCOPE_LAB_DIR");
#ifdef LOOPSCOPE_SOURCE_LAB_DIR
    p.sourceFallback = QStringLiteral(LOOPSCOPE_SOURCE_LAB_DIR);
#endif
    return p;
}

const QByteArray urlPrefix = "LOOPSCOPE_LAB_URL=";

} // namespace

LabServer::LabServer(QObject *parent) : QObject(parent) {}

LabServer::~LabServer()
{
    stop();
}

QString LabServer::script(QString *error)
{
    return labPackage().file(QStringLiteral("__main__.py"), error);
}

bool LabServer::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QCoro::Task<LabStart> LabServer::start(QString python, int timeoutMs)
{
    LabStart result;
    if (m_process) {
        result.error = QStringLiteral("the lab server is already started");
        co_return result;
    }
    QString error;
    const QString labScript = script(&error);
    if (labScript.isEmpty()) {
        result.error = QStringLiteral("cannot find the lab server: ") + error;
        co_return result;
    }
    // A named query: GCC 12 destroys a braced temporary inside a co_await expression twice
    // (heap corruption seen as "malloc_consolidate(): unaligned fastbin chunk").
    const InterpreterQuery query{python, {}};
    const InterpreterResult found = co_await InterpreterFinder::find(query);
    if (!found.interpreter) {
        result.error = found.error;
        co_return result;
    }
    m_startDone = false;
    m_startError.clear();
    m_process = new QProcess(this);
    // stdin stays an open pipe: the server exits when it closes, so it never outlives us.
    m_process->setProgram(found.interpreter->executable);
    m_process->setArguments({labScript, QStringLiteral("--port"), QStringLiteral("0")});
    // Plain signals and one timer rather than QCoro 0.8's timed waits: a timed signal await
    // there can resume a coroutine that already timed out (a queued call on a dead awaiter).
    connect(m_process, &QProcess::readyReadStandardOutput, this, &LabServer::readStdout);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            finishStart(QStringLiteral("cannot start the lab server: %1").arg(m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this] {
        const QString err = QString::fromUtf8(m_process->readAllStandardError()).trimmed();
        finishStart(QStringLiteral("the lab server exited before listening: %1")
                            .arg(err.isEmpty() ? QStringLiteral("no message")
                                               : err.section(QLatin1Char('\n'), -1)));
    });
    m_startTimer = new QTimer(this);
    m_startTimer->setSingleShot(true);
    connect(m_startTimer, &QTimer::timeout, this, [this, timeoutMs] {
        finishStart(QStringLiteral("the lab server did not start listening within %1 ms").arg(timeoutMs));
    });
    m_startTimer->start(timeoutMs);
    m_process->start();
    if (!m_startDone)
        co_await qCoro(this, &LabServer::startFinished);
    if (!m_startError.isEmpty()) {
        result.error = m_startError;
        stop();
        co_return result;
    }
    result.url = m_url;
    co_return result;
}

void LabServer::readStdout()
{
    // Whole lines only: the URL line may arrive in pieces.
    while (m_process && m_process->canReadLine()) {
        const QByteArray line = m_process->readLine().trimmed();
        if (line.startsWith(urlPrefix) && !m_startDone) {
            m_url = QString::fromUtf8(line.mid(urlPrefix.size()));
            finishStart({});
        }
    }
}

void LabServer::finishStart(const QString &error)
{
    if (m_startDone)
        return;
    m_startDone = true;
    m_startError = error;
    if (m_startTimer)
        m_startTimer->stop();
    Q_EMIT startFinished(QPrivateSignal());
}

void LabServer::stop()
{
    if (m_startTimer) {
        m_startTimer->stop();
        m_startTimer->deleteLater();
        m_startTimer = nullptr;
    }
    if (!m_process)
        return;
    m_process->disconnect(this);
    if (m_process->state() != QProcess::NotRunning) {
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(1000)) {
            m_process->terminate();
            if (!m_process->waitForFinished(1000)) {
                m_process->kill();
                m_process->waitForFinished(1000);
            }
        }
    }
    // Later, not now: stop() may run inside one of the process's own signals (start() resumes
    // from readyReadStandardOutput).
    m_process->setParent(nullptr);
    m_process->deleteLater();
    m_process = nullptr;
    m_url.clear();
}

} // namespace Core
