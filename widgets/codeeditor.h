#pragma once
#include <Qsci/qsciscintilla.h>
#include <Qsci/qscistyle.h>

class QsciLexerPython;

namespace Ui {

//! The program editor: QScintilla with Python highlighting, line numbers, undo/redo, long
//! lines wrapped (no sideways scrolling), and margin markers for the line that raised, the
//! line that blocked the loop and the line that runs next.
class CodeEditor : public QsciScintilla
{
    Q_OBJECT
public:
    explicit CodeEditor(QWidget *parent = nullptr);

    //! Marks the line (1-based) that raised; 0 clears.
    void setErrorLine(int line, const QString &message = {});
    //! Marks the line (1-based) that held the loop too long; 0 clears.
    void setBlockedLine(int line, const QString &message = {});
    //! An inline note in a box under the line (1-based) that blocks the loop, e.g. "blocked the
    //! loop 600 ms here", scrolled into view; called again as the step goes on, it updates the
    //! note in place without scrolling (and moves it, scrolling again, if the step moved on to
    //! another line). 0 clears.
    void setBlockedNote(int line, const QString &text);
    int blockedNoteLine() const { return m_noteLine; }
    //! The note's text as shown under blockedNoteLine(); empty when there is none.
    QString blockedNote() const;
    //! Step mode: marks the line (1-based) that runs next; 0 clears.
    void setNextLine(int line);
    int nextLine() const { return m_nextLine; }
    void clearRunMarkers();
    int errorLine() const { return m_errorLine; }
    int blockedLine() const { return m_blockedLine; }
    //! Moves the cursor to a 1-based line, scrolls it into view and focuses the editor.
    void goToLine(int line);
    void setDark(bool dark);

private:
    //! View ▸ Zoom: the code follows, with Scintilla's own zoom.
    void applyUiZoom();
    void updateMarginWidth();
    void markLine(int marker, int line, int *stored);

    QsciLexerPython *m_lexer;
    QsciStyle m_noteStyle;
    QString m_noteText;
    int m_noteLine = 0;
    int m_errorMarker = 0, m_errorBackground = 1, m_blockedMarker = 2, m_blockedBackground = 3;
    int m_errorLine = 0, m_blockedLine = 0, m_nextLine = 0;
};

} // namespace Ui
