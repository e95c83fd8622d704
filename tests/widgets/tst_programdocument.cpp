// The one program in the editor: a lesson example's edits are kept per example (atomically, in
// its own draft file) and come back when the learner returns, the lesson's version comes back
// with one undoable Revert, the title names the file and marks it modified, an exercise's code
// is its draft, the learner's own files keep their names, and a program that would be lost is
// asked about before another takes the editor.
#include "codeeditor.h"
#include "programdocument.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Ui;

namespace {

const QString kOne = QStringLiteral("import asyncio\nprint('one')\n");
const QString kTwo = QStringLiteral("import asyncio\nprint('two')\n");

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void type(CodeEditor *editor, const QString &text)
{
    editor->setCursorPosition(editor->lines() - 1, 0);
    QTest::keyClicks(editor, text);
}

} // namespace

class TstProgramDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_host = std::make_unique<QWidget>();
        m_doc = std::make_unique<ProgramDocument>(
                m_host.get(), DraftStore(m_dir->filePath(QStringLiteral("examples"))),
                DraftStore(m_dir->filePath(QStringLiteral("exercises"))));
        m_host->show();
    }

    void cleanup()
    {
        m_doc.reset();
        m_host.reset();
    }

    void editsAreKeptPerExample()
    {
        QVERIFY(m_doc->openExample(QStringLiteral("m/l"), QStringLiteral("one"),
                                   QStringLiteral("one.py"), kOne));
        QCOMPARE(m_doc->kind(), ProgramDocument::Kind::Example);
        QCOMPARE(m_doc->title(), QStringLiteral("one.py"));
        QVERIFY(!m_doc->isModified());
        QSignalSpy modified(m_doc.get(), &ProgramDocument::modifiedChanged);
        type(m_doc->editor(), QStringLiteral("# mine"));
        QVERIFY(m_doc->isModified());
        QCOMPARE(modified.count(), 1);
        QCOMPARE(m_doc->title(), QStringLiteral("one.py •"));
        // Saved a moment after the edit, without any other move of the learner.
        const QString draft = m_dir->filePath(QStringLiteral("examples/m/l/one.py"));
        QTRY_VERIFY_WITH_TIMEOUT(readText(draft).endsWith(QStringLiteral("# mine")), 5000);

        // The other example comes as the lesson wrote it; the first keeps the learner's edit.
        QVERIFY(m_doc->openExample(QStringLiteral("m/l"), QStringLiteral("two"),
                                   QStringLiteral("two.py"), kTwo));
        QCOMPARE(m_doc->text(), kTwo);
        QVERIFY(!m_doc->isModified());
        QVERIFY(m_doc->openExample(QStringLiteral("m/l"), QStringLiteral("one"),
                                   QStringLiteral("one.py"), kOne));
        QVERIFY(m_doc->text().endsWith(QStringLiteral("# mine")));
        QVERIFY(m_doc->isModified());

        // A fresh document (the next start) finds the draft too.
        ProgramDocument again(m_host.get(), DraftStore(m_dir->filePath(QStringLiteral("examples"))),
                              DraftStore(m_dir->filePath(QStringLiteral("exercises"))));
        again.openExample(QStringLiteral("m/l"), QStringLiteral("one"), QStringLiteral("one.py"),
                          kOne);
        QVERIFY(again.text().endsWith(QStringLiteral("# mine")));
    }

    void revertIsOneUndoableStep()
    {
        m_doc->openExample(QStringLiteral("m/l"), QStringLiteral("one"), QStringLiteral("one.py"),
                           kOne);
        type(m_doc->editor(), QStringLiteral("# mine"));
        const QString mine = m_doc->text();
        m_doc->revert();
        QCOMPARE(m_doc->text(), kOne);
        QVERIFY(!m_doc->isModified());
        // Back to the lesson's version: no draft left to bring the edit back next time.
        m_doc->saveDraft();
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("examples/m/l/one.py"))));
        m_doc->editor()->undo();
        QCOMPARE(m_doc->text(), mine);
        QVERIFY(m_doc->isModified());
        // Loading a program is not an edit: undo does not bring the previous program back.
        m_doc->openExample(QStringLiteral("m/l"), QStringLiteral("two"), QStringLiteral("two.py"),
                           kTwo);
        m_doc->editor()->undo();
        QCOMPARE(m_doc->text(), kTwo);
    }

    void exerciseCodeIsItsDraft()
    {
        QVERIFY(m_doc->openExercise(QStringLiteral("ex"), QStringLiteral("ex.py"), kOne));
        // The checker reads the draft file: it exists even before the first edit.
        QVERIFY(m_doc->saveDraft());
        QCOMPARE(m_doc->draftPath(), m_dir->filePath(QStringLiteral("exercises/ex.py")));
        QCOMPARE(readText(m_doc->draftPath()), kOne);
        type(m_doc->editor(), QStringLiteral("# attempt"));
        QVERIFY(m_doc->saveDraft());
        QVERIFY(readText(m_doc->draftPath()).endsWith(QStringLiteral("# attempt")));
    }

    void learnersFileKeepsItsName()
    {
        const QString path = m_dir->filePath(QStringLiteral("mine.py"));
        m_doc->setScratch(kOne, QStringLiteral("untitled.py"));
        type(m_doc->editor(), QStringLiteral("# saved"));
        QString error;
        QVERIFY(m_doc->saveToFile(path, &error));
        QCOMPARE(m_doc->kind(), ProgramDocument::Kind::File);
        QCOMPARE(m_doc->fileName(), QStringLiteral("mine.py"));
        QCOMPARE(m_doc->filePath(), path);
        QVERIFY(!m_doc->isModified());
        QVERIFY(readText(path).endsWith(QStringLiteral("# saved")));
        QVERIFY(!m_doc->openFile(m_dir->filePath(QStringLiteral("missing.py")), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(m_doc->fileName(), QStringLiteral("mine.py")); // nothing lost
        // A FIFO picked in the dialog once froze the window (reading waited for a writer).
        const QString fifo = m_dir->filePath(QStringLiteral("pipe.py"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(!m_doc->openFile(fifo, &error));
        QVERIFY2(error.contains(QStringLiteral("named pipe")), qPrintable(error));
        QCOMPARE(m_doc->fileName(), QStringLiteral("mine.py"));
    }

    void unsavedProgramIsAskedAbout()
    {
        int asked = 0;
        bool answer = false;
        m_doc->setReplaceGuard([&] {
            ++asked;
            return answer;
        });
        m_doc->setScratch(kOne, QStringLiteral("untitled.py"));
        // Nothing typed: nothing to lose, nothing asked.
        QVERIFY(m_doc->openExample(QStringLiteral("m/l"), QStringLiteral("one"),
                                   QStringLiteral("one.py"), kOne));
        QCOMPARE(asked, 0);
        m_doc->setScratch(kOne, QStringLiteral("untitled.py"));
        type(m_doc->editor(), QStringLiteral("# unsaved"));
        QVERIFY(!m_doc->openExample(QStringLiteral("m/l"), QStringLiteral("two"),
                                    QStringLiteral("two.py"), kTwo));
        QCOMPARE(asked, 1);
        QCOMPARE(m_doc->fileName(), QStringLiteral("untitled.py")); // kept
        QVERIFY(m_doc->text().endsWith(QStringLiteral("# unsaved")));
        answer = true;
        QVERIFY(m_doc->openExample(QStringLiteral("m/l"), QStringLiteral("two"),
                                   QStringLiteral("two.py"), kTwo));
        QCOMPARE(asked, 2);
        // An edited example is never asked about: its draft keeps it.
        type(m_doc->editor(), QStringLiteral("# draft"));
        QVERIFY(m_doc->openExample(QStringLiteral("m/l"), QStringLiteral("one"),
                                   QStringLiteral("one.py"), kOne));
        QCOMPARE(asked, 2);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QWidget> m_host;
    std::unique_ptr<ProgramDocument> m_doc;
};

QTEST_MAIN(TstProgramDocument)
#include "tst_programdocument.moc"
