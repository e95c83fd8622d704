#include "markdowntext.h"

#include <QFont>
#include <QFontInfo>
#include <QFontMetrics>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace Ui {

double MarkdownText::headingScale(int level)
{
    switch (level) {
    case 1:
        return 1.4;
    case 2:
        return 1.25;
    case 3:
        return 1.12;
    default:
        return 1.0;
    }
}

QString MarkdownText::numbered(int number, const QString &markdown)
{
    return QStringLiteral("%1\\. %2").arg(number).arg(markdown);
}

void MarkdownText::render(QTextDocument *document, const QString &markdown, const QFont &base)
{
    document->setMarkdown(markdown);
    const double points = QFontInfo(base).pointSizeF();
    const QFontMetrics metrics(base);
    const int hang = metrics.horizontalAdvance(QStringLiteral("    "));
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (const int level = format.headingLevel(); level > 0) {
            // Every fragment of the heading at the heading's size, bold: an inline `code` or
            // *italic* part no longer drops to the body size in the middle of the title.
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                QTextCharFormat chars = fragment.charFormat();
                chars.clearProperty(QTextFormat::FontSizeAdjustment);
                chars.setFontPointSize(points * headingScale(level));
                chars.setFontWeight(QFont::Bold);
                cursor.setPosition(fragment.position());
                cursor.setPosition(fragment.position() + fragment.length(),
                                   QTextCursor::KeepAnchor);
                cursor.setCharFormat(chars);
            }
        } else if (format.nonBreakableLines()) {
            // A code line longer than the column wraps, its continuation indented under it,
            // instead of a scroll bar under the whole lesson.
            format.setNonBreakableLines(false);
            format.setLeftMargin(format.leftMargin() + hang);
            format.setTextIndent(-hang);
            cursor.setPosition(block.position());
            cursor.setBlockFormat(format);
        }
    }
    cursor.endEditBlock();
}

} // namespace Ui
