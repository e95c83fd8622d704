#pragma once
// Alt letters of menu entries: the window's menus (tst_mainwindow) and their translations
// (tst_translations) give each letter to one entry per menu.
#include <QAction>
#include <QChar>
#include <QList>
#include <QMap>
#include <QMenu>
#include <QString>
#include <QStringList>

// The letter after a single '&' in a menu entry ("Zoom &out" -> 'o'); null if none.
inline QChar mnemonic(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] != QLatin1Char('&'))
            return text[i + 1].toLower();
        ++i; // "&&" is a literal ampersand
    }
    return {};
}

// Entries of one menu (or the menu bar) that share an Alt letter: only the first is reachable.
inline QStringList mnemonicClashes(const QString &where, const QList<QAction *> &actions)
{
    QMap<QChar, QStringList> byLetter;
    QStringList clashes;
    for (QAction *a : actions) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        if (const QChar c = mnemonic(a->text()); !c.isNull())
            byLetter[c] << a->text();
        if (a->menu())
            clashes << mnemonicClashes(where + QStringLiteral(" > ") + a->text(),
                                       a->menu()->actions());
    }
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it)
        if (it.value().size() > 1)
            clashes << where + QStringLiteral(": ") + it.value().join(QStringLiteral(", "));
    return clashes;
}
