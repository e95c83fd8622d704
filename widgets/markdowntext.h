#pragma once
#include <QString>

class QFont;
class QLabel;
class QTextDocument;

namespace Ui {

//! Lesson and exercise Markdown as a learner should read it in a narrow column: headings one
//! size from end to end (inline code and italics in a heading keep the heading's size; Qt's
//! importer gives them the body's), heading sizes a step above the text rather than poster
//! sized, and code blocks that wrap with a hanging indent instead of scrolling sideways.
class MarkdownText
{
public:
    //! When the document belongs to a text view, the view re-renders it in its new font when
    //! that changes (View ▸ Zoom), keeping its place.
    static void render(QTextDocument *document, const QString &markdown, const QFont &base);
    //! The size factor of a heading level (1 = #) against the body text.
    static double headingScale(int level);
    //! The label text for a numbered quiz question: Markdown would read "2. …" as a list
    //! numbered from 1.
    static QString numbered(int number, const QString &markdown);
    //! A card's short Markdown (a question: inline code, bold, italics, links, paragraphs) as
    //! rich text whose every part follows the label's font. Qt's own Markdown labels give
    //! inline code the system's fixed font at a fixed size, so View ▸ Zoom and Presentation
    //! Mode left `code` small in the middle of large text.
    static QString labelHtml(const QString &markdown);
    //! Shows `markdown` in `label` through labelHtml().
    static void setLabelMarkdown(QLabel *label, const QString &markdown);
};

} // namespace Ui
