// Edit ▸ Preferences… through the window, offscreen and without running Python: each choice
// is applied to the window at once and written to the settings, the menus and the dialog agree,
// and a new window (the next start) reads every one of them back.
#include "docklayout.h"
#include "lessonsfolder.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "presentationmode.h"
#include "runcontroller.h"
#include "uizoom.h"

#include "isolatedsettings.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Ui;

namespace {

PreferencesDialog *openPreferences(MainWindow &window)
{
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    return window.findChild<PreferencesDialog *>();
}

template<typename T>
T *field(QWidget *dialog, const char *name)
{
    return dialog->findChild<T *>(QString::fromLatin1(name));
}

// A lessons folder with one module of one lesson (lessons/FORMAT.md), as a teacher's.
bool writeLessonsFolder(const QString &root)
{
    const QString module = root + QStringLiteral("/extra/01-more");
    const QString lesson = module + QStringLiteral("/01-one");
    if (!QDir().mkpath(lesson + QStringLiteral("/steps")))
        return false;
    auto write = [](const QString &path, const QByteArray &text) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
    };
    return write(module + QStringLiteral("/module.json"),
                 R"({"id": "more", "title": "More lessons", "summary": "Extras."})")
            && write(lesson + QStringLiteral("/lesson.json"),
                     R"({"id": "one", "title": "Extra one",
                         "steps": [{"title": "Only step", "text": "steps/01.md"}]})")
            && write(lesson + QStringLiteral("/steps/01.md"), "# Only step\n\nText.\n");
}

} // namespace

class TstPreferences : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        isolateSettings(m_config.path(), QStringLiteral("tst_preferences"));
        QSettings().clear();
    }

    void theDialogWritesTheSettingsAndTheWindowAppliesThem()
    {
        QVERIFY(m_folder.isValid());
        QVERIFY(writeLessonsFolder(m_folder.path()));
        {
            MainWindow window;
            window.resize(1400, 900);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            PreferencesDialog *dialog = openPreferences(window);
            QVERIFY(dialog);
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            // The dialog shows what the window uses now.
            QCOMPARE(field<QComboBox>(dialog, "themeChoice")->currentIndex(), int(window.theme()));
            QCOMPARE(field<QSpinBox>(dialog, "textSize")->value(), 100);
            QCOMPARE(field<QSpinBox>(dialog, "presentationTextSize")->value(),
                     PresentationMode::kDefaultPercent);
            QCOMPARE(field<QSpinBox>(dialog, "blockThreshold")->value(),
                     MainWindow::kDefaultBlockThresholdMs);
            QCOMPARE(field<QComboBox>(dialog, "interpreterChoice")->currentIndex(), 0); // automatic

            field<QComboBox>(dialog, "themeChoice")->setCurrentIndex(2);
            QCOMPARE(window.theme(), MainWindow::Theme::Dark);
            QCOMPARE(QSettings().value(QStringLiteral("theme")).toInt(), 2);

            field<QSpinBox>(dialog, "textSize")->setValue(150);
            QCOMPARE(window.uiZoom()->percent(), 150);
            QCOMPARE(QSettings().value(QStringLiteral("uiZoom")).toInt(), 150);
            field<QSpinBox>(dialog, "presentationTextSize")->setValue(200);
            QCOMPARE(window.uiZoom()->percent(), 150); // not presenting: kept for when it is
            QCOMPARE(QSettings().value(QStringLiteral("presentationZoom")).toInt(), 200);
            // View ▸ Zoom Out in the window shows in the dialog.
            window.uiZoom()->zoomOutAction->trigger();
            QCOMPARE(field<QSpinBox>(dialog, "textSize")->value(), 125);

            // Your own programs' clock: one in the editor takes it at once.
            window.setProgramText(QStringLiteral("print('mine')\n"), QStringLiteral("mine.py"));
            field<QComboBox>(dialog, "clockChoice")->setCurrentIndex(0);
            QVERIFY(!window.runs()->virtualClock());
            field<QComboBox>(dialog, "clockChoice")->setCurrentIndex(1);
            QCOMPARE(QSettings().value(QStringLiteral("defaultClock")).toString(),
                     QStringLiteral("virtual"));
            QVERIFY(window.runs()->virtualClock());
            // A new program starts with it too, whatever the Run menu said last.
            window.setVirtualClock(false);
            window.setProgramText(QStringLiteral("print('hi')\n"), QStringLiteral("other.py"));
            QVERIFY(window.runs()->virtualClock());

            field<QSpinBox>(dialog, "blockThreshold")->setValue(250);
            QCOMPARE(window.blockThresholdMs(), 250);
            QCOMPARE(window.runs()->blockThresholdMs(), 250);
            QCOMPARE(QSettings().value(QStringLiteral("blockThresholdMs")).toInt(), 250);

            auto *python = field<QComboBox>(dialog, "interpreterChoice");
            const int usr = python->findData(QStringLiteral("/usr/bin/python3"));
            QVERIFY2(usr > 0, "/usr/bin/python3 is among the interpreters found");
            python->setCurrentIndex(usr);
            Q_EMIT python->activated(usr);
            QCOMPARE(window.python(), QStringLiteral("/usr/bin/python3"));
            QCOMPARE(QSettings().value(QStringLiteral("python")).toString(),
                     QStringLiteral("/usr/bin/python3"));

            // The lessons folder: opened from the menu, the dialog says so and closes it.
            QVERIFY(window.openLessonsFolder(m_folder.path() + QStringLiteral("/extra")));
            dialog->close();
            dialog = nullptr;
            QTRY_VERIFY(!window.findChild<PreferencesDialog *>());
            window.showPreferences(); // as from Edit ▸ Preferences…
            dialog = window.findChild<PreferencesDialog *>();
            QVERIFY(dialog);
            auto *folder = field<QLabel>(dialog, "lessonsFolder");
            QVERIFY2(folder->text().contains(QStringLiteral("extra")), qPrintable(folder->text()));
            QCOMPARE(field<QComboBox>(dialog, "interpreterChoice")->currentIndex(), usr);
            QCOMPARE(field<QSpinBox>(dialog, "textSize")->value(), 125);
            QCOMPARE(field<QComboBox>(dialog, "clockChoice")->currentIndex(), 1);
            window.close();
        }
        QVERIFY(QFile::exists(PreferencesDialog::settingsFile()));

        // The next start reads them all.
        MainWindow again;
        QCOMPARE(again.theme(), MainWindow::Theme::Dark);
        QCOMPARE(again.uiZoom()->percent(), 125);
        QCOMPARE(again.blockThresholdMs(), 250);
        QCOMPARE(again.runs()->blockThresholdMs(), 250);
        QCOMPARE(again.python(), QStringLiteral("/usr/bin/python3"));
        again.setProgramText(QStringLiteral("print('mine')\n"), QStringLiteral("mine.py"));
        QVERIFY(again.runs()->virtualClock()); // your own program
        QVERIFY(again.lessonsFolder());
        again.uiZoom()->reset();
        again.closeLessonsFolder();
        QVERIFY(!QSettings().contains(QStringLiteral("lessonsFolder")));
    }

    // In presentation mode the dialog's presenting size is the live one.
    void thePresentingSizeIsLiveWhilePresenting()
    {
        QSettings().clear();
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.presentation()->setActive(true);
        PreferencesDialog *dialog = openPreferences(window);
        QVERIFY(dialog);
        QCOMPARE(field<QSpinBox>(dialog, "presentationTextSize")->value(), 150);
        field<QSpinBox>(dialog, "presentationTextSize")->setValue(250);
        QCOMPARE(window.uiZoom()->percent(), 250);
        field<QSpinBox>(dialog, "textSize")->setValue(110);
        QCOMPARE(window.uiZoom()->percent(), 250);
        window.presentation()->setActive(false);
        QCOMPARE(window.uiZoom()->percent(), 110);
        dialog->close();
    }

private:
    QTemporaryDir m_config, m_folder;
};

QTEST_MAIN(TstPreferences)
#include "tst_preferences.moc"
