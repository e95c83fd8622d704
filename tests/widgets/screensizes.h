#pragma once
// The screens every window-layout test looks at: 1280x800, 1400x900 and 1920x1080, each in the
// light and the dark theme, as data rows "WxH light|dark" with columns `size` and `dark`.
#include <QSize>
#include <QString>
#include <QtTest>

inline void addScreenRows()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("dark");
    for (const bool dark : {false, true})
        for (const QSize size : {QSize(1280, 800), QSize(1400, 900), QSize(1920, 1080)})
            QTest::newRow(qPrintable(QStringLiteral("%1x%2 %3")
                                             .arg(size.width())
                                             .arg(size.height())
                                             .arg(dark ? "dark" : "light")))
                    << size << dark;
}
