// A card's question (predict, Parsons, predict-next, quiz) is Markdown in a QLabel: its inline
// code must grow with the label's font (View ▸ Zoom, Presentation Mode) like the words around
// it. Qt's own Markdown labels gave `code` the system fixed font at a fixed size.
#include "markdowntext.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLabel>
#include <QtTest>

using Ui::MarkdownText;

class TestMarkdownLabel : public QObject
{
    Q_OBJECT

    static int widthAt(const QString &markdown, double points)
    {
        QLabel label;
        QFont font = label.font();
        font.setPointSizeF(points);
        label.setFont(font);
        MarkdownText::setLabelMarkdown(&label, markdown);
        return label.sizeHint().width();
    }

private Q_SLOTS:
    void inlineCodeGrowsWithTheLabel()
    {
        const QString code = QStringLiteral("`await download(\"a.zip\")`");
        const int normal = widthAt(code, 10), large = widthAt(code, 20);
        // ... and is set in the fixed family: as wide as the same text in that font.
        QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        fixed.setPointSizeF(20);
        QVERIFY2(QFontInfo(fixed).fixedPitch(), qPrintable(QFontInfo(fixed).family()));
        const int fixedWidth = QFontMetrics(fixed).horizontalAdvance(QStringLiteral("await download(\"a.zip\")"));
        QFont plain = QLabel().font();
        plain.setPointSizeF(20);
        const int plainWidth = QFontMetrics(plain).horizontalAdvance(QStringLiteral("await download(\"a.zip\")"));
        QVERIFY2(std::abs(large - fixedWidth) < std::abs(large - plainWidth),
                 qPrintable(QStringLiteral("%1 px; in the fixed font %2 px, in the label's %3 px")
                                    .arg(large).arg(fixedWidth).arg(plainWidth)));
        QVERIFY2(large >= 1.7 * normal, qPrintable(QStringLiteral("%1 px, then %2 px").arg(normal).arg(large)));
    }

    void keepsTheMarkup()
    {
        const QString html = MarkdownText::labelHtml(
                QStringLiteral("Does **main** wait for *each* `fetch(<1>)`? See [docs](https://docs.python.org)."));
        QVERIFY2(html.contains(QStringLiteral("<b>main</b>")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("<i>each</i>")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("fetch(&lt;1&gt;)</code>")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("<a href=\"https://docs.python.org\">docs</a>")), qPrintable(html));
        // A quiz question's number stays a number, not a list starting at 1.
        QVERIFY2(MarkdownText::labelHtml(MarkdownText::numbered(2, QStringLiteral("Why?")))
                         .startsWith(QStringLiteral("2. Why?")),
                 qPrintable(MarkdownText::labelHtml(MarkdownText::numbered(2, QStringLiteral("Why?")))));
        // Two paragraphs stay two.
        QCOMPARE(MarkdownText::labelHtml(QStringLiteral("One.\n\nTwo.")), QStringLiteral("<p>One.</p><p>Two.</p>"));
    }
};

QTEST_MAIN(TestMarkdownLabel)
#include "tst_markdownlabel.moc"
