#pragma once
#include <QObject>

class QSocketNotifier;

namespace Cli {

//! Turns SIGINT/SIGTERM/SIGHUP into a Qt signal (self-pipe), so the command line can end the
//! traced program's process group instead of dying and leaving it running.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void signalled(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Cli
