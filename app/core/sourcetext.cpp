#include "sourcetext.h"

#include <QRegularExpression>

namespace Core {

QString SourceText::withoutComments(const QString &python)
{
    QString out;
    out.reserve(python.size());
    QChar quote;          // the open string's quote character, null outside strings
    bool triple = false;
    for (qsizetype i = 0; i < python.size(); ++i) {
        const QChar c = python.at(i);
        if (quote.isNull()) {
            if (c == QLatin1Char('#')) {
                while (i < python.size() && python.at(i) != QLatin1Char('\n'))
                    ++i;
                if (i < python.size())
                    out += QLatin1Char('\n');
                continue;
            }
            if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
                quote = c;
                triple = python.mid(i, 3) == QString(3, c);
                out += triple ? QString(3, c) : QString(c);
                i += triple ? 2 : 0;
                continue;
            }
            out += c;
            continue;
        }
        out += c;
        if (c == QLatin1Char('\\') && i + 1 < python.size()) {
            out += python.at(++i);
            continue;
        }
        if (c == QLatin1Char('\n') && !triple) {
            quote = QChar(); // an unterminated one-line string ends at the line's end
            continue;
        }
        if (c == quote && (!triple || python.mid(i, 3) == QString(3, quote))) {
            if (triple) {
                out += QString(2, quote);
                i += 2;
            }
            quote = QChar();
        }
    }
    return out;
}

bool SourceText::matches(const QString &pattern, const QString &python, QString *error)
{
    const QRegularExpression re(pattern, QRegularExpression::MultilineOption);
    if (!re.isValid()) {
        if (error)
            *error = re.errorString();
        return false;
    }
    return re.match(withoutComments(python)).hasMatch();
}

} // namespace Core
