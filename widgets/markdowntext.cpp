#include "markdowntext.h"

#include <QEvent>
#include <QFont>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetrics>
#include <QLabel>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>

namespace Ui {

namespace {

constexpr const char *kSource = "loopscopeMarkdown";

// Headings have point sizes of their own (render() sets them): when the view's font changes
// (View ▸ Zoom), its text is rendered again at the new size, at the same place in the text.
class FontFollower : public QObject
{
public:
    static constexpr const char *kName = "markdownFontFollower";

    explicit FontFollower(QTextEdit *view) : QObject(view), m_view(view)
    {
        setObjectName(QString::fromLatin1(kName));
        view->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The view applies its new font after its filters ran: render on the next turn.
        if (watched == m_view && event->type() == QEvent::FontChange && !m_pending) {
            m_pending = true;
            QTimer::singleShot(0, this, [this] {
                m_pending = false;
                QTextDocument *doc = m_view->document();
                const QVariant source = doc->property(kSource);
                if (!source.isValid())
                    return;
                QScrollBar *bar = m_view->verticalScrollBar();
                const double at = bar->maximum() > 0 ? double(bar->value()) / bar->maximum() : 0;
                MarkdownText::render(doc, source.toString(), m_view->font());
                bar->setValue(int(at * bar->maximum()));
            });
        }
        return false;
    }

private:
    QTextEdit *m_view;
    bool m_pending = false;
};

} // namespace

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

QString MarkdownText::labelHtml(const QString &markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown);
    // The family the system's fixed font resolves to ("DejaVu Sans Mono"): its own name is
    // often the alias "monospace", which rich text resolves without the fixed-pitch hint, to a
    // proportional font.
    const QString fixedFamily =
            QFontInfo(QFontDatabase::systemFont(QFontDatabase::FixedFont)).family().toHtmlEscaped();
    QStringList paragraphs;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QString html;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat chars = fragment.charFormat();
            // Line breaks inside a paragraph come as U+2028.
            QString part = fragment.text().toHtmlEscaped().replace(QChar(0x2028), QStringLiteral("<br>"));
            // In the system's fixed family but no size of its own (<code> alone asks for
            // Courier New, which fontconfig may answer with a proportional font).
            if (chars.fontFixedPitch())
                part = QStringLiteral("<code style=\"font-family:'%1'\">%2</code>").arg(fixedFamily, part);
            if (chars.fontItalic())
                part = QStringLiteral("<i>%1</i>").arg(part);
            if (chars.fontWeight() >= QFont::DemiBold)
                part = QStringLiteral("<b>%1</b>").arg(part);
            if (chars.isAnchor())
                part = QStringLiteral("<a href=\"%1\">%2</a>").arg(chars.anchorHref().toHtmlEscaped(), part);
            html += part;
        }
        if (!html.isEmpty())
            paragraphs << html;
    }
    return paragraphs.size() == 1 ? paragraphs.first()
                                  : QStringLiteral("<p>%1</p>").arg(paragraphs.join(QStringLiteral("</p><p>")));
}

void MarkdownText::setLabelMarkdown(QLabel *label, const QString &markdown)
{
    label->setTextFormat(Qt::RichText);
    label->setText(labelHtml(markdown));
}

void MarkdownText::render(QTextDocument *document, const QString &markdown, const QFont &base)
{
    document->setMarkdown(markdown);
    document->setProperty(kSource, markdown);
    // The document's parent is the view's text control, whose parent is the view.
    QObject *owner = document->parent();
    while (owner && !qobject_cast<QTextEdit *>(owner))
        owner = owner->parent();
    if (auto *view = qobject_cast<QTextEdit *>(owner); view && view->document() == document
        && !view->findChild<QObject *>(QString::fromLatin1(FontFollower::kName),
                                       Qt::FindDirectChildrenOnly))
        new FontFollower(view);
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
