#pragma once
#include <QString>

namespace Lessons {

//! Something wrong in a lesson file, located well enough for a teacher to fix it.
struct CatalogIssue {
    QString file;          //!< the file at fault (absolute path or resource path)
    int line = 0;          //!< 1-based; 0 when unknown
    int column = 0;        //!< 1-based; 0 when unknown
    QString message;
    QString lessonId;      //!< the lesson it belongs to, when known
    bool fatal = true;     //!< the lesson (or module) was left out; else it loaded anyway

    //! "file:line:column: message", as compilers print it.
    QString toString() const
    {
        QString where = file;
        if (line > 0)
            where += QLatin1Char(':') + QString::number(line);
        if (line > 0 && column > 0)
            where += QLatin1Char(':') + QString::number(column);
        return where + QLatin1String(": ") + message;
    }
};

} // namespace Lessons
