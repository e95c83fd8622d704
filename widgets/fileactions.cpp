#include "fileactions.h"

#include "programdocument.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStyle>
#include <QWidget>

namespace Ui {

namespace {

const QString kRecent = QStringLiteral("recentFiles");

QString pythonFiles()
{
    return QObject::tr("Python programs (*.py);;All files (*)");
}

} // namespace

FileActions::FileActions(ProgramDocument *document, QWidget *window)
    : QObject(window), m_document(document), m_window(window)
{
    auto action
            = [window](const QString &text, const QKeySequence &key, QStyle::StandardPixmap icon) {
                  auto *a = new QAction(window->style()->standardIcon(icon), text, window);
                  if (!key.isEmpty())
                      a->setShortcut(key);
                  return a;
              };
    newAction = action(tr("&New"), QKeySequence::New, QStyle::SP_FileIcon);
    newAction->setToolTip(tr("A new program of your own (untitled.py)"));
    openAction = action(tr("&Open…"), QKeySequence::Open, QStyle::SP_DialogOpenButton);
    openAction->setToolTip(tr("Open a Python file of yours in the editor"));
    saveAction = action(tr("&Save"), QKeySequence::Save, QStyle::SP_DialogSaveButton);
    saveAsAction = action(tr("Save &As…"), QKeySequence::SaveAs, QStyle::SP_DialogSaveButton);
    saveAsAction->setToolTip(tr("Save the program in the editor as a file of yours"));
    revertAction = new QAction(tr("Re&vert"), window);
    recentMenu = new QMenu(tr("Open &Recent"), window);
    connect(newAction, &QAction::triggered, this, &FileActions::newFile);
    connect(openAction, &QAction::triggered, this, [this] {
        const QString start = m_document->filePath().isEmpty()
                ? QDir::homePath()
                : QFileInfo(m_document->filePath()).absolutePath();
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Open a Python program"),
                                                          start, pythonFiles());
        if (!path.isEmpty())
            openFile(path);
    });
    connect(saveAction, &QAction::triggered, this, &FileActions::save);
    connect(saveAsAction, &QAction::triggered, this, [this] { saveAs({}); });
    connect(revertAction, &QAction::triggered, m_document, &ProgramDocument::revert);
    connect(recentMenu, &QMenu::aboutToShow, this, &FileActions::rebuildRecentMenu);
    connect(m_document, &ProgramDocument::replaced, this, &FileActions::describeRevert);
    connect(m_document, &ProgramDocument::modifiedChanged, this, &FileActions::describeRevert);
    m_document->setReplaceGuard([this] { return askToKeep(); });
    describeRevert();
}

QString FileActions::newProgram()
{
    return QStringLiteral("import asyncio\n\n\nasync def main():\n    print(\"Hello from "
                          "asyncio\")\n\n\nasyncio.run(main())\n");
}

void FileActions::newFile()
{
    m_document->setScratch(newProgram(), QStringLiteral("untitled.py"));
}

bool FileActions::openFile(const QString &path)
{
    QString error;
    if (!m_document->openFile(path, &error)) {
        if (!error.isEmpty())
            Q_EMIT message(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), error),
                           8000);
        return false;
    }
    remember(m_document->filePath());
    Q_EMIT message(tr("Opened %1").arg(QDir::toNativeSeparators(m_document->filePath())), 5000);
    return true;
}

bool FileActions::save()
{
    if (m_document->kind() != ProgramDocument::Kind::File)
        return saveAs({});
    return saveAs(m_document->filePath());
}

bool FileActions::saveAs(const QString &path)
{
    QString target = path;
    if (target.isEmpty()) {
        const QString start = m_document->filePath().isEmpty()
                ? QDir::home().filePath(m_document->fileName())
                : m_document->filePath();
        target = QFileDialog::getSaveFileName(m_window, tr("Save the program as"), start,
                                              pythonFiles());
        if (target.isEmpty())
            return false;
    }
    QString error;
    if (!m_document->saveToFile(target, &error)) {
        Q_EMIT message(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(target), error),
                       8000);
        return false;
    }
    remember(m_document->filePath());
    Q_EMIT message(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())), 5000);
    return true;
}

bool FileActions::askToKeep()
{
    QMessageBox box(QMessageBox::Question, tr("Keep your program?"),
                    tr("%1 has changes that are not saved anywhere.").arg(m_document->fileName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("keepProgramBox"));
    box.setInformativeText(tr("Save it before another program takes the editor?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

QStringList FileActions::recentFiles() const
{
    return QSettings().value(kRecent).toStringList();
}

void FileActions::remember(const QString &path)
{
    QStringList recent = recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    QSettings().setValue(kRecent, recent.mid(0, maxRecentFiles));
}

void FileActions::rebuildRecentMenu()
{
    recentMenu->clear();
    const QStringList recent = recentFiles();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        // Numbered for the keyboard; the folder tells two files of one name apart.
        QAction *a = recentMenu->addAction(
                QStringLiteral("&%1 %2  —  %3")
                        .arg(i + 1)
                        .arg(QFileInfo(path).fileName(),
                             QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        a->setEnabled(QFileInfo::exists(path));
        connect(a, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (recent.isEmpty())
        recentMenu->addAction(tr("(no files yet)"))->setEnabled(false);
    recentMenu->addSeparator();
    recentMenu->addAction(tr("&Clear the list"), this, [] { QSettings().remove(kRecent); })
            ->setEnabled(!recent.isEmpty());
}

void FileActions::describeRevert()
{
    switch (m_document->kind()) {
    case ProgramDocument::Kind::Example:
        revertAction->setText(tr("Re&vert to the lesson's version"));
        break;
    case ProgramDocument::Kind::Exercise:
        revertAction->setText(tr("Re&vert to the starter code"));
        break;
    case ProgramDocument::Kind::File:
        revertAction->setText(tr("Re&vert to the saved file"));
        break;
    case ProgramDocument::Kind::Scratch:
        revertAction->setText(tr("Re&vert to the first version"));
        break;
    }
    revertAction->setToolTip(tr("Ctrl+Z in the editor brings your version back"));
    revertAction->setEnabled(m_document->isModified());
}

} // namespace Ui
