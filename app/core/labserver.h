#pragma once
#include <QCoro/QCoroTask>
#include <QObject>
#include <QString>

class QProcess;
class QTimer;

namespace Core {

//! The outcome of starting the lab: its base URL, or a one-line reason it could not start.
struct LabStart {
    QString url;   //!< e.g. http://127.0.0.1:41234; empty on failure
    QString error;
    bool ok() const { return !url.isEmpty(); }
};

//! The local lab server (resources/lab/loopscope_lab: HTTP + WebSocket on 127.0.0.1) that
//! lesson examples talk to. One per run: start() before the program, stop() after it. The
//! server also exits by itself when this object goes away, because its stdin closes.
class LabServer : public QObject
{
    Q_OBJECT
public:
    explicit LabServer(QObject *parent = nullptr);
    ~LabServer() override;

    //! Starts the server with this interpreter (empty: discovery) and completes once it
    //! listens, or fails after timeoutMs.
    QCoro::Task<LabStart> start(QString python = {}, int timeoutMs = 10000);
    //! Closes its stdin, then SIGTERM, then SIGKILL, waiting at most ~2 s in all.
    void stop();
    bool isRunning() const;
    QString url() const { return m_url; }
    //! The environment variable a program reads the URL from.
    static QString environmentVariable() { return QStringLiteral("LOOPSCOPE_LAB_URL"); }
    //! `<root>/loopscope_lab/__main__.py` ($LOOPSCOPE_LAB_DIR or the embedded copy).
    static QString script(QString *error = nullptr);

Q_SIGNALS:
    //! start() is over (listening, or failed); emitted once per start.
    void startFinished(QPrivateSignal);

private:
    void readStdout();
    void finishStart(const QString &error);

    QProcess *m_process = nullptr;
    QTimer *m_startTimer = nullptr;
    QString m_url;
    QString m_startError;
    bool m_startDone = false;
};

} // namespace Core
