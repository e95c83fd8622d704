// Playback of finished and recorded runs: one event forward or back, Play at a number of
// events per second or with the run's clock scaled, stopping at the end; and, on a real
// step-mode recording played forward and back, the loop machine shows at every pause exactly
// what the tracer's live snapshot showed there.
#include "loopmachineview.h"
#include "playbackcontroller.h"
#include "runsession.h"
#include "schedulerfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Ui;
using Core::Test::us;

namespace
{

// Chip texts; the ready queue's without their numbers ("2. Task-3 worker").
QStringList chipTexts(const LoopMachineScene &scene, const QString &title)
{
    QStringList out;
    for (const LoopBox &b : scene.boxes)
        if (b.title == title)
            for (const LoopGroup &g : b.groups)
                for (const LoopChip &c : g.chips)
                    out << (c.kind == ChipKind::Ready ? c.text.section(QStringLiteral(". "), 1)
                                                      : c.text);
    return out;
}

QStringList waiterGroups(const LoopMachineScene &scene)
{
    QStringList out;
    for (const LoopBox &b : scene.boxes)
        if (b.title == QLatin1String("Waiting on locks, events, queues"))
            for (const LoopGroup &g : b.groups) {
                QStringList names;
                for (const LoopChip &c : g.chips)
                    names << c.text;
                out << g.label + QStringLiteral(": ") + names.join(QStringLiteral(", "));
            }
    return out;
}

// The same places drawn from the tracer's live snapshot at a pause.
LoopMachineScene liveScene(const Core::TraceModel &model, const Core::PausedInfo &pause)
{
    return sceneFromPause(model, pause, Core::reconstructAt(model, pause.next.t));
}

std::unique_ptr<Core::TraceModel> openRecording(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    auto model = std::make_unique<Core::TraceModel>();
    Core::TraceDecoder decoder;
    decoder.feed(file.readAll(), *model);
    decoder.finish();
    return model;
}

} // namespace

class tst_PlaybackController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stepsVisitEveryEventInOrderAndBack();
    void playsEventsPerSecond();
    void playsWithTheRunsClockScaled();
    void stopsAtTheEndAndPlaysAgainFromTheStart();
    void cursorMovedByHandIsWherePlaybackGoesOn();
    void noModelNoPlayback();
    void stepModeRecordingPlayedForwardAndBackMatchesTheLivePauses();
};

void tst_PlaybackController::stepsVisitEveryEventInOrderAndBack()
{
    const Core::TraceModel &model = Core::Test::schedulerModel();
    PlaybackController playback;
    playback.setModel(&model);
    QSignalSpy moved(&playback, &PlaybackController::positionChanged);
    const auto &times = playback.events().times();
    QVERIFY(times.size() > 20);
    for (std::size_t i = 0; i < times.size(); ++i) {
        playback.stepForward();
        QCOMPARE(playback.position(), double(times[i]));
        QCOMPARE(playback.eventIndex(), (long long)i);
    }
    playback.stepForward(); // at the end: stays
    QCOMPARE(playback.position(), double(times.back()));
    QCOMPARE(moved.size(), qsizetype(times.size()));
    for (std::size_t i = times.size() - 1; i-- > 0;) {
        playback.stepBack();
        QCOMPARE(playback.position(), double(times[i]));
    }
    playback.stepBack(); // at the start: stays
    QCOMPARE(playback.position(), double(times.front()));
}

void tst_PlaybackController::playsEventsPerSecond()
{
    PlaybackController playback;
    playback.setModel(&Core::Test::schedulerModel());
    playback.setSpeed(PlaybackController::Speed::EventsPerSecond, 10);
    playback.toStart();
    playback.advance(1000); // a second of playing: ten events
    QCOMPARE(playback.eventIndex(), 10LL);
    playback.advance(50); // half an event: not yet
    QCOMPARE(playback.eventIndex(), 10LL);
    playback.advance(50);
    QCOMPARE(playback.eventIndex(), 11LL);
}

void tst_PlaybackController::playsWithTheRunsClockScaled()
{
    PlaybackController playback;
    playback.setModel(&Core::Test::schedulerModel());
    playback.setSpeed(PlaybackController::Speed::TimeFactor, 0.001); // 1 ms of run per second
    playback.toStart(); // 10 µs: the first task is created
    playback.advance(500);
    QCOMPARE(playback.position(), double(us(10) + us(500)));
}

void tst_PlaybackController::stopsAtTheEndAndPlaysAgainFromTheStart()
{
    PlaybackController playback;
    playback.setModel(&Core::Test::schedulerModel());
    QSignalSpy playing(&playback, &PlaybackController::playingChanged);
    playback.play();
    QVERIFY(playback.isPlaying());
    QCOMPARE(playback.position(), double(playback.events().at(0)));
    playback.setSpeed(PlaybackController::Speed::EventsPerSecond, 1000);
    playback.advance(10000);
    QVERIFY(!playback.isPlaying());
    QCOMPARE(playback.position(), double(us(4050))); // the last event: the loop closed
    QCOMPARE(playing.size(), 2);
    playback.play(); // from the start again
    QCOMPARE(playback.position(), double(playback.events().at(0)));
    playback.pause();
}

void tst_PlaybackController::cursorMovedByHandIsWherePlaybackGoesOn()
{
    PlaybackController playback;
    playback.setModel(&Core::Test::schedulerModel());
    QSignalSpy moved(&playback, &PlaybackController::positionChanged);
    playback.setPosition(double(us(500))); // the learner clicked the ruler
    QCOMPARE(moved.size(), 0);
    playback.stepForward();
    QCOMPARE(playback.position(), double(us(1000))); // the select() ends
    playback.stepBack();
    playback.stepBack();
    QCOMPARE(playback.position(), double(us(40))); // before 45 µs: Task-2 suspended
}

void tst_PlaybackController::noModelNoPlayback()
{
    PlaybackController playback;
    QSignalSpy available(&playback, &PlaybackController::availabilityChanged);
    playback.play();
    playback.stepForward();
    QVERIFY(!playback.isPlaying());
    QCOMPARE(playback.position(), -1.0);
    playback.setModel(&Core::Test::schedulerModel());
    playback.setModel(nullptr); // a new live run started
    QCOMPARE(available.size(), 2);
    QVERIFY(!playback.isAvailable());
}

void tst_PlaybackController::stepModeRecordingPlayedForwardAndBackMatchesTheLivePauses()
{
    // Step through a real program with a lock, a queue and a gather, recording it.
    QTemporaryDir dir;
    Core::RunRequest request;
    request.python = QStringLiteral("/usr/bin/python3");
    request.tracerScript
        = QStringLiteral(LOOPSCOPE_SOURCE_TRACER_DIR "/loopscope_tracer/__main__.py");
    request.program
        = QStringLiteral(LOOPSCOPE_TEST_DATA "/../session/programs/gather_lock_queue.py");
    request.stepMode = true;
    request.recordPath = dir.filePath(QStringLiteral("run.lstrace"));
    Core::RunSession session;
    QSignalSpy finished(&session, &Core::RunSession::finished);
    connect(&session, &Core::RunSession::paused, this, [&] { session.step(); });
    session.start(request);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(session.result().status, Core::RunStatus::Ok);

    // Open the recording as File > Open Recording does and play it with the loop machine.
    const auto model = openRecording(request.recordPath);
    QVERIFY(model);
    const std::vector<Core::PausedInfo> &pauses = model->pauses();
    QVERIFY(pauses.size() > 10);
    PlaybackController playback;
    playback.setModel(model.get());
    LoopMachineView view;
    connect(&playback, &PlaybackController::positionChanged, &view,
        [&](double t) { view.showState(*model, Core::reconstructAt(*model, Core::TimeNs(t))); });
    std::size_t next = 0;
    int compared = 0, withWaiters = 0;
    auto compareAtPause = [&](const Core::PausedInfo &pause) {
        const LoopMachineScene live = liveScene(*model, pause);
        const LoopMachineScene &shown = view.scene();
        const QString at = QStringLiteral("pause %1").arg(pause.next.seq);
        // Played, the handle about to run heads the ready queue; live, it is on the stage.
        QStringList played = chipTexts(shown, QStringLiteral("Ready queue"));
        QVERIFY2(!played.isEmpty(), qPrintable(at));
        QCOMPARE(played.takeFirst(), Core::taskTitle(*model, pause.next.task));
        QCOMPARE(played, chipTexts(live, QStringLiteral("Ready queue")));
        QCOMPARE(chipTexts(shown, QStringLiteral("Timers")).size(),
            chipTexts(live, QStringLiteral("Timers")).size());
        QCOMPARE(waiterGroups(shown), waiterGroups(live));
        QCOMPARE(shown.why, live.why);
        withWaiters += !waiterGroups(live).isEmpty();
        ++compared;
    };
    while (playback.eventIndex() < (long long)playback.events().size() - 1) {
        playback.stepForward();
        while (next < pauses.size() && double(pauses[next].next.t) < playback.position())
            ++next;
        if (next < pauses.size() && double(pauses[next].next.t) == playback.position())
            compareAtPause(pauses[next]);
    }
    QCOMPARE(compared, int(pauses.size())); // every pause is an event of the playback
    QVERIFY(withWaiters >= 2); // the lock and the queue had waiters
    // And back to the start: the same states, in reverse.
    std::size_t back = pauses.size();
    while (playback.eventIndex() > 0) {
        playback.stepBack();
        if (back > 0 && double(pauses[back - 1].next.t) == playback.position())
            compareAtPause(pauses[--back]);
    }
    QCOMPARE(back, std::size_t(0));
}

QTEST_MAIN(tst_PlaybackController)
#include "tst_playbackcontroller.moc"
