#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Ui {
namespace {

struct Row {
    QString keys, what, where;
};

// The timeline reads these itself (TimelineView::keyPressEvent), so no QAction carries them.
QList<Row> timelineKeys()
{
    const QString timeline = QObject::tr("Timeline");
    return {
            {QStringLiteral("+ / −"), QObject::tr("Zoom in / out around the pointer, cursor or selection"), timeline},
            {QStringLiteral("0"), QObject::tr("Fit the whole run"), timeline},
            {QStringLiteral("← / →"), QObject::tr("Pan (with Shift: a page)"), timeline},
            {QStringLiteral("Home / End"), QObject::tr("Go to the start / the end (live: follow)"), timeline},
            {QStringLiteral("L"), QObject::tr("Follow the live run on / off"), timeline},
            {QStringLiteral("↑ / ↓"), QObject::tr("Select the lane above / below"), timeline},
            {QStringLiteral("Ctrl+← / Ctrl+→"), QObject::tr("Previous / next span of the lane"), timeline},
            {QStringLiteral("Enter"), QObject::tr("Inspect the selection"), timeline},
            {QStringLiteral("Z or Space"), QObject::tr("Zoom to the selected span"), timeline},
            {QStringLiteral("C"), QObject::tr("Fold / unfold the selected task's child tasks"), timeline},
            {QStringLiteral("F"), QObject::tr("Show / hide the task's coroutine frames"), timeline},
            {QStringLiteral(", / ."), QObject::tr("Time cursor to the previous / next event"), timeline},
            {QStringLiteral("Esc"), QObject::tr("Remove the time cursor, then the selection"), timeline},
            {QStringLiteral("S"), QObject::tr("Time axis / step axis (every step equally wide, in the order the loop ran them)"), timeline},
            {QStringLiteral("/"), QObject::tr("Filter the lanes by name, coroutine or state"), timeline},
            {QObject::tr("Ctrl+wheel, pinch"), QObject::tr("Zoom around the pointer"), timeline},
    };
}

QString plainText(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window) : QDialog(window)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    QList<Row> rows;
    for (const QAction *a : window->findChildren<QAction *>()) {
        if (a->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        rows.append({keys.join(QStringLiteral(", ")), plainText(a->text()), tr("Window")});
    }
    std::sort(rows.begin(), rows.end(), [](const Row &x, const Row &y) { return x.what < y.what; });
    rows += timelineKeys();

    m_table = new QTableWidget(int(rows.size()), 3, this);
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Does"), tr("Where")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    for (int i = 0; i < rows.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(rows[i].keys));
        m_table->setItem(i, 1, new QTableWidgetItem(rows[i].what));
        m_table->setItem(i, 2, new QTableWidgetItem(rows[i].where));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(640, 560);
}

} // namespace Ui
