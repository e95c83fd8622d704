#include "labserver.h"

#include <QCoro/QCoroTask>
#include <QTest>
#include <QUrl>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Core;

namespace {

// A plain blocking HTTP/1.0 GET: the lab's own tests use real clients; this only proves the
// process the C++ side started answers on the URL it reported.
QByteArray httpGet(const QUrl &base, const char *path)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(quint16(base.port()));
    ::inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
    QByteArray out;
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0) {
        const QByteArray request = QByteArray("GET ") + path + " HTTP/1.0\r\n\r\n";
        (void)::send(fd, request.constData(), size_t(request.size()), 0);
        char buf[4096];
        ssize_t n;
        while ((n = ::recv(fd, buf, sizeof buf, 0)) > 0)
            out.append(buf, n);
    }
    ::close(fd);
    return out;
}

} // namespace

class TestLabServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsAnswersAndStops();
    void badInterpreterIsAnError();
};

void TestLabServer::startsAnswersAndStops()
{
    QString error;
    QVERIFY2(!LabServer::script(&error).isEmpty(), qPrintable(error));
    LabServer lab;
    const LabStart started = QCoro::waitFor(lab.start());
    QVERIFY2(started.ok(), qPrintable(started.error));
    QVERIFY(started.url.startsWith(QLatin1String("http://127.0.0.1:")));
    QVERIFY(lab.isRunning());
    const QByteArray reply = httpGet(QUrl(started.url), "/users/3");
    QVERIFY2(reply.startsWith("HTTP/1.1 200"), reply.constData());
    QVERIFY(reply.contains("\"id\": 3"));
    lab.stop();
    QVERIFY(!lab.isRunning());
    QVERIFY(httpGet(QUrl(started.url), "/get").isEmpty()); // nobody listens any more
}

void TestLabServer::badInterpreterIsAnError()
{
    LabServer lab;
    const LabStart started = QCoro::waitFor(lab.start(QStringLiteral("/nonexistent/python3")));
    QVERIFY(!started.ok());
    QVERIFY(!started.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestLabServer)
#include "tst_labserver.moc"
