#pragma once
// Runs the built `loopscope trace` on a program from programs/ and hands back what a user
// would see: exit status, stdout, stderr, and the summary (validated against the schema).
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

struct TraceRun {
    int exitCode = -1;
    QByteArray out, err;
    QJsonObject summary;
    qint64 elapsedMs = 0;

    QString status() const { return summary.value(QLatin1String("status")).toString(); }
    double wall() const { return summary.value(QLatin1String("wall_s")).toDouble(-1); }
    QJsonArray tasks() const { return summary.value(QLatin1String("tasks")).toArray(); }
    QJsonObject loop() const { return summary.value(QLatin1String("loop")).toObject(); }
    QStringList outputTexts() const
    {
        QStringList texts;
        for (const QJsonValue &v : summary.value(QLatin1String("output")).toArray())
            texts << v.toObject().value(QLatin1String("text")).toString();
        return texts;
    }
    QList<QJsonObject> tasksWhere(const char *key, const QString &value) const
    {
        QList<QJsonObject> found;
        for (const QJsonValue &v : tasks())
            if (v.toObject().value(QLatin1String(key)).toString() == value)
                found << v.toObject();
        return found;
    }
};

inline QString programPath(const QString &name)
{
    return QStringLiteral(LOOPSCOPE_TEST_DATA "/programs/") + name;
}

//! 1-based line of the first line of a program containing marker.
inline int lineOf(const QString &program, const QString &marker)
{
    QFile f(programPath(program));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (int i = 0; i < lines.size(); ++i)
        if (lines[i].contains(marker.toUtf8()))
            return i + 1;
    return -1;
}

//! Every Python >= 3.11 on this machine, as Qt Test data rows (column "python").
inline void addInterpreterRows()
{
    QTest::addColumn<QString>("python");
    const QStringList candidates{
            QStringLiteral("/usr/bin/python3"),
            QStringLiteral("/root/.pyenv/versions/3.11.7/bin/python3"),
            QStringLiteral("/root/.pyenv/versions/3.12.1/bin/python3"),
            QStringLiteral("/root/.pyenv/versions/3.13.0/bin/python3"),
    };
    for (const QString &py : candidates) {
        if (!QFileInfo(py).isExecutable())
            continue;
        const QString label = py.startsWith(QLatin1String("/usr")) ? QStringLiteral("debian")
                                                                    : py.section(QLatin1Char('/'), 4, 4);
        QTest::newRow(qPrintable(label)) << py;
    }
}

//! Runs loopscope with args; fails the current test (QVERIFY) if it hangs or the summary does
//! not validate. summaryPath empty: no --summary.
inline void runLoopscope(const QStringList &args, TraceRun &run, int timeoutMs = 60000,
                         const QString &summaryPath = QString())
{
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(LOOPSCOPE_BINARY), args);
    QVERIFY2(process.waitForStarted(), "loopscope did not start");
    // Read while it runs: a flood must not fill the pipe and stall the run.
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process,
                     [&] { run.out += process.readAllStandardOutput(); });
    QObject::connect(&process, &QProcess::readyReadStandardError, &process,
                     [&] { run.err += process.readAllStandardError(); });
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, timeoutMs);
    run.elapsedMs = clock.elapsed();
    run.out += process.readAllStandardOutput();
    run.err += process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    run.exitCode = process.exitCode();
    if (summaryPath.isEmpty())
        return;
    QVERIFY2(QFileInfo::exists(summaryPath), qPrintable(QStringLiteral("no summary; stderr: ")
                                                                + QString::fromUtf8(run.err.right(2000))));
    QProcess validate;
    validate.start(QStringLiteral("/usr/bin/python3"),
                   {QStringLiteral(LOOPSCOPE_TEST_DATA "/../tools/validate_summary.py"),
                    QStringLiteral(LOOPSCOPE_SCHEMA), summaryPath});
    QVERIFY(validate.waitForFinished(30000));
    QVERIFY2(validate.exitCode() == 0,
             qPrintable(QStringLiteral("summary does not match the schema: ")
                        + QString::fromUtf8(validate.readAllStandardError().left(2000))));
    QFile f(summaryPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    run.summary = QJsonDocument::fromJson(f.readAll()).object();
    QVERIFY(!run.summary.isEmpty());
}

//! Most intervals open at once among [start, end) pairs.
inline int maxOverlap(QList<QPair<double, double>> intervals)
{
    QList<QPair<double, int>> edges;
    for (const auto &iv : intervals) {
        edges.append({iv.first, +1});
        edges.append({iv.second, -1});
    }
    // Ends before starts at the same instant: back-to-back is not overlap.
    std::sort(edges.begin(), edges.end());
    int open = 0, best = 0;
    for (const auto &e : edges)
        best = std::max(best, open += e.second);
    return best;
}
