#include "codeeditor.h"

#include "uizoom.h"

#include <Qsci/qscicommand.h>
#include <Qsci/qscicommandset.h>
#include <Qsci/qscilexerpython.h>
#include <QEvent>
#include <QFontDatabase>
#include <cmath>

namespace Ui {

namespace {

enum Markers { ErrorSymbol, ErrorBackground, BlockedSymbol, BlockedBackground, NextSymbol, NextBackground };

} // namespace

CodeEditor::CodeEditor(QWidget *parent) : QsciScintilla(parent), m_lexer(new QsciLexerPython(this))
{
    setAccessibleName(QStringLiteral("Program editor"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_lexer->setDefaultFont(mono);
    m_lexer->setFont(mono);
    setLexer(m_lexer);
    setUtf8(true);
    setIndentationsUseTabs(false);
    setIndentationWidth(4);
    setTabWidth(4);
    setAutoIndent(true);
    setIndentationGuides(true);
    setBraceMatching(QsciScintilla::SloppyBraceMatch);
    setCaretLineVisible(true);
    setEolMode(QsciScintilla::EolUnix);
    // A long line wraps, its continuation indented one level under it, so the editor never
    // needs a horizontal scroll bar in a narrow dock (Scintilla shows one by default, 2000 px
    // wide whatever the text).
    setWrapMode(QsciScintilla::WrapWord);
    setWrapIndentMode(QsciScintilla::WrapIndentIndented);
    setWrapVisualFlags(QsciScintilla::WrapFlagByText, QsciScintilla::WrapFlagNone);
    SendScintilla(SCI_SETHSCROLLBAR, 0L);
    setMarginType(0, QsciScintilla::NumberMargin);
    setMarginType(1, QsciScintilla::SymbolMargin);
    setMarginWidth(1, 16);
    setMarginMarkerMask(1, (1 << ErrorSymbol) | (1 << BlockedSymbol) | (1 << NextSymbol));
    setMarginMarkerMask(0, 0);
    markerDefine(QsciScintilla::Circle, ErrorSymbol);
    markerDefine(QsciScintilla::Background, ErrorBackground);
    markerDefine(QsciScintilla::RightTriangle, BlockedSymbol);
    markerDefine(QsciScintilla::Background, BlockedBackground);
    markerDefine(QsciScintilla::RightArrow, NextSymbol);
    markerDefine(QsciScintilla::Background, NextBackground);
    connect(this, &QsciScintilla::linesChanged, this, &CodeEditor::updateMarginWidth);
    setAnnotationDisplay(QsciScintilla::AnnotationBoxed);
    m_noteStyle = QsciStyle(-1, QStringLiteral("Blocked-loop note"), Qt::black, Qt::white, mono);
    // Ctrl++ / Ctrl+- are the window's View ▸ Zoom (text, code and timeline together), not
    // Scintilla's own zoom of the code alone.
    for (const auto command : {QsciCommand::ZoomIn, QsciCommand::ZoomOut}) {
        if (QsciCommand *c = standardCommands()->find(command)) {
            c->setKey(0);
            c->setAlternateKey(0);
        }
    }
    setDark(false);
    // The editor keeps a font of its own, so the application font's change does not reach it.
    connect(UiZoom::notifier(), &UiZoomNotifier::factorChanged, this, &CodeEditor::applyUiZoom);
    applyUiZoom();
}

void CodeEditor::applyUiZoom()
{
    // Scintilla's zoom adds points to every style (code, line numbers, the blocked-loop
    // note): as many as make the monospace font UiZoom's size.
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const double points = mono.pointSizeF() > 0 ? mono.pointSizeF() : 10;
    zoomTo(int(std::lround(points * (UiZoom::factor() - 1))));
    setMarginWidth(1, UiZoom::scaled(16));
    updateMarginWidth();
}

void CodeEditor::updateMarginWidth()
{
    setMarginWidth(0, QStringLiteral("0%1").arg(std::max(lines(), 99)));
}

void CodeEditor::markLine(int marker, int line, int *stored)
{
    const int symbol = marker, background = marker + 1;
    markerDeleteAll(symbol);
    markerDeleteAll(background);
    *stored = line > 0 && line <= lines() ? line : 0;
    if (*stored) {
        markerAdd(*stored - 1, symbol);
        markerAdd(*stored - 1, background);
    }
}

void CodeEditor::setErrorLine(int line, const QString &message)
{
    markLine(ErrorSymbol, line, &m_errorLine);
    setToolTip(message);
}

void CodeEditor::setBlockedLine(int line, const QString &message)
{
    markLine(BlockedSymbol, line, &m_blockedLine);
    if (!message.isEmpty())
        setToolTip(message);
}

void CodeEditor::setBlockedNote(int line, const QString &text)
{
    const int before = m_noteLine;
    if (m_noteLine)
        clearAnnotations(m_noteLine - 1);
    m_noteLine = line > 0 && line <= lines() && !text.isEmpty() ? line : 0;
    m_noteText = m_noteLine ? text : QString();
    if (!m_noteLine)
        return;
    // Beside the line, not in a tooltip: the learner is looking at the code, not hovering.
    annotate(m_noteLine - 1, m_noteText, m_noteStyle);
    // Scrolled to once; updates of the same note leave the learner's scrolling alone.
    if (m_noteLine != before)
        ensureLineVisible(m_noteLine - 1);
}

QString CodeEditor::blockedNote() const
{
    return m_noteLine ? annotation(m_noteLine - 1) : QString();
}

void CodeEditor::setNextLine(int line)
{
    markLine(NextSymbol, line, &m_nextLine);
    if (m_nextLine)
        ensureLineVisible(m_nextLine - 1);
}

void CodeEditor::clearRunMarkers()
{
    setNextLine(0);
    setErrorLine(0);
    setBlockedLine(0);
    setBlockedNote(0, {});
    setToolTip({});
}

void CodeEditor::goToLine(int line)
{
    if (line < 1)
        return;
    setCursorPosition(line - 1, 0);
    ensureLineVisible(line - 1);
    setFocus();
}

void CodeEditor::setDark(bool dark)
{
    // Okabe-Ito vermillion for errors, orange for blocking — the timeline's colours.
    const QColor error(0xD5, 0x5E, 0x00), blocked(0xE6, 0x9F, 0x00);
    setMarkerBackgroundColor(error, ErrorSymbol);
    setMarkerForegroundColor(error, ErrorSymbol);
    setMarkerBackgroundColor(blocked, BlockedSymbol);
    setMarkerForegroundColor(blocked, BlockedSymbol);
    setMarkerBackgroundColor(dark ? error.darker(250) : error.lighter(185), ErrorBackground);
    setMarkerBackgroundColor(dark ? blocked.darker(250) : blocked.lighter(160), BlockedBackground);
    // The note in the timeline's orange, readable on either theme.
    m_noteStyle.setPaper(dark ? QColor(0x4A, 0x36, 0x0B) : QColor(0xFF, 0xEB, 0xC2));
    m_noteStyle.setColor(dark ? QColor(0xFF, 0xD8, 0x8A) : QColor(0x6B, 0x3D, 0x00));
    if (m_noteLine)
        annotate(m_noteLine - 1, m_noteText, m_noteStyle);
    const QColor next(0x3A, 0x9B, 0xDB);
    setMarkerBackgroundColor(next, NextSymbol);
    setMarkerForegroundColor(next, NextSymbol);
    setMarkerBackgroundColor(dark ? next.darker(250) : next.lighter(170), NextBackground);

    const QColor paper = dark ? QColor(0x1E, 0x20, 0x24) : QColor(0xFF, 0xFF, 0xFF);
    const QColor ink = dark ? QColor(0xE6, 0xE8, 0xEB) : QColor(0x1F, 0x23, 0x28);
    m_lexer->setDefaultPaper(paper);
    m_lexer->setPaper(paper);
    m_lexer->setDefaultColor(ink);
    m_lexer->setColor(ink, QsciLexerPython::Default);
    m_lexer->setColor(ink, QsciLexerPython::Identifier);
    m_lexer->setColor(ink, QsciLexerPython::Operator);
    m_lexer->setColor(dark ? QColor(0x6F, 0xB7, 0xF0) : QColor(0x00, 0x5A, 0x9C), QsciLexerPython::Keyword);
    m_lexer->setColor(dark ? QColor(0x8F, 0x99, 0xA3) : QColor(0x6A, 0x73, 0x7D), QsciLexerPython::Comment);
    m_lexer->setColor(dark ? QColor(0x8F, 0x99, 0xA3) : QColor(0x6A, 0x73, 0x7D), QsciLexerPython::CommentBlock);
    const QColor str = dark ? QColor(0x7F, 0xD1, 0xA8) : QColor(0x0A, 0x7A, 0x4F);
    for (int style : {QsciLexerPython::SingleQuotedString, QsciLexerPython::DoubleQuotedString,
                      QsciLexerPython::TripleSingleQuotedString, QsciLexerPython::TripleDoubleQuotedString,
                      QsciLexerPython::SingleQuotedFString, QsciLexerPython::DoubleQuotedFString,
                      QsciLexerPython::TripleSingleQuotedFString, QsciLexerPython::TripleDoubleQuotedFString})
        m_lexer->setColor(str, style);
    m_lexer->setColor(dark ? QColor(0xF0, 0xB8, 0x6A) : QColor(0xA3, 0x4A, 0x00), QsciLexerPython::Number);
    m_lexer->setColor(dark ? QColor(0xE0, 0xA3, 0xD0) : QColor(0x8A, 0x2B, 0x7A), QsciLexerPython::FunctionMethodName);
    m_lexer->setColor(dark ? QColor(0xE0, 0xA3, 0xD0) : QColor(0x8A, 0x2B, 0x7A), QsciLexerPython::ClassName);
    m_lexer->setColor(dark ? QColor(0xF0, 0xE4, 0x42) : QColor(0x7A, 0x6A, 0x00), QsciLexerPython::Decorator);
    setMarginsBackgroundColor(dark ? QColor(0x2A, 0x2D, 0x33) : QColor(0xEE, 0xF0, 0xF3));
    setMarginsForegroundColor(dark ? QColor(0x8F, 0x99, 0xA3) : QColor(0x6A, 0x73, 0x7D));
    setCaretForegroundColor(ink);
    setCaretLineBackgroundColor(dark ? QColor(0x2A, 0x2D, 0x33) : QColor(0xF4, 0xF6, 0xF8));
    setSelectionBackgroundColor(dark ? QColor(0x2B, 0x4F, 0x70) : QColor(0xC8, 0xDD, 0xF0));
    setIndentationGuidesBackgroundColor(paper);
    setIndentationGuidesForegroundColor(dark ? QColor(0x38, 0x3C, 0x43) : QColor(0xDD, 0xE1, 0xE6));
    setMatchedBraceBackgroundColor(dark ? QColor(0x38, 0x3C, 0x43) : QColor(0xDD, 0xE1, 0xE6));
    setMatchedBraceForegroundColor(ink);
}

} // namespace Ui
