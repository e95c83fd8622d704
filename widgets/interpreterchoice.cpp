#include "interpreterchoice.h"

#include "interpreterfinder.h"

#include <QActionGroup>
#include <QCoro/QCoroTask>
#include <QFileDialog>
#include <QMenu>
#include <QSettings>

namespace Ui {

InterpreterChoice::InterpreterChoice(QWidget *dialogParent)
    : QObject(dialogParent), m_dialogParent(dialogParent), m_menu(new QMenu(dialogParent))
{
    connect(m_menu, &QMenu::aboutToShow, this, &InterpreterChoice::rebuildMenu);
}

void InterpreterChoice::setPython(const QString &python)
{
    m_python = python;
    QSettings().setValue(QStringLiteral("python"), m_python);
    m_version.clear();
    Q_EMIT pythonChanged(m_python);
    probe();
}

void InterpreterChoice::chooseOther()
{
    const QString path = QFileDialog::getOpenFileName(m_dialogParent, tr("Python interpreter"),
                                                      QStringLiteral("/usr/bin"));
    if (!path.isEmpty())
        setPython(path);
}

void InterpreterChoice::rebuildMenu()
{
    m_menu->clear();
    auto *group = new QActionGroup(m_menu);
    auto add = [&](const QString &text, const QString &python) {
        QAction *a = m_menu->addAction(text);
        a->setCheckable(true);
        a->setChecked(python == m_python);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, python] { setPython(python); });
    };
    add(tr("Automatic (first Python ≥ 3.%1 with the lesson's libraries)")
                .arg(Core::InterpreterFinder::minimumMinor),
        {});
    m_menu->addSeparator();
    QStringList found = Core::InterpreterFinder::candidates({});
    if (!m_python.isEmpty() && !found.contains(m_python))
        found.prepend(m_python);
    for (const QString &path : std::as_const(found))
        add(path, path);
    m_menu->addSeparator();
    m_menu->addAction(tr("Other…"), this, &InterpreterChoice::chooseOther);
}

void InterpreterChoice::probe()
{
    const QString wanted = m_python;
    QCoro::connect(Core::InterpreterFinder::find({wanted, {}}), this,
                   [this, wanted](Core::InterpreterResult result) {
                       if (wanted != m_python)
                           return; // the learner chose another meanwhile
                       m_version = result.interpreter ? result.interpreter->version : QString();
                       if (!result.interpreter && !result.error.isEmpty())
                           Q_EMIT message(result.error);
                       Q_EMIT versionChanged();
                   });
}

} // namespace Ui
