#include "versionedtext.h"

#include "versioncondition.h"

#include <QList>
#include <QRegularExpression>

#include <optional>

namespace Lessons {
namespace {

struct Block {
    int open = 0, close = -1; // 0-based line indexes of the ::: lines; close -1: never closed
    QString conditionText;
    std::optional<VersionCondition> condition;
    QString error;
};

// The ::: blocks of the text, found outside fenced code (a code sample may print ":::").
QList<Block> blocks(const QStringList &lines)
{
    static const QRegularExpression fence(QStringLiteral("^\\s*(```|~~~)"));
    static const QRegularExpression opening(QStringLiteral("^:::\\s*(\\S.*)$"));
    static const QRegularExpression closing(QStringLiteral("^:::\\s*$"));
    QList<Block> out;
    bool inCode = false, inBlock = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (fence.match(line).hasMatch()) {
            inCode = !inCode;
            continue;
        }
        if (inCode)
            continue;
        if (closing.match(line).hasMatch()) {
            if (inBlock)
                out.last().close = i;
            else
                out << Block{i, i, {}, {}, QStringLiteral("\":::\" closes a block that was never opened")};
            inBlock = false;
            continue;
        }
        const QRegularExpressionMatch m = opening.match(line);
        if (!m.hasMatch())
            continue;
        if (inBlock) {
            out.last().error = QStringLiteral("a version block opened here is not closed with "
                                              "\":::\" before the next one");
            out.last().close = i - 1;
        }
        Block b;
        b.open = i;
        b.conditionText = m.captured(1).trimmed();
        QString error;
        b.condition = VersionCondition::parse(b.conditionText, &error);
        if (!b.condition)
            b.error = error;
        out << b;
        inBlock = true;
    }
    if (inBlock && out.last().error.isEmpty())
        out.last().error = QStringLiteral("the version block \"::: %1\" is never closed with \":::\"")
                                   .arg(out.last().conditionText);
    return out;
}

QString quoted(const QStringList &lines)
{
    QStringList out;
    for (const QString &l : lines)
        out << (l.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + l);
    return out.join(QLatin1Char('\n'));
}

} // namespace

QString VersionedText::validate(const QString &markdown, int *line)
{
    for (const Block &b : blocks(markdown.split(QLatin1Char('\n')))) {
        if (!b.error.isEmpty()) {
            *line = b.open + 1;
            return b.error;
        }
    }
    return {};
}

QStringList VersionedText::subjects(const QString &markdown)
{
    QStringList out;
    for (const Block &b : blocks(markdown.split(QLatin1Char('\n'))))
        if (b.condition)
            for (const QString &s : b.condition->subjects())
                if (!out.contains(s))
                    out << s;
    return out;
}

QString VersionedText::render(const QString &markdown, const QHash<QString, QString> &versions)
{
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    const QList<Block> found = blocks(lines);
    for (const Block &b : found)
        if (!b.error.isEmpty())
            return markdown;
    QStringList out;
    int next = 0;
    for (const Block &b : found) {
        out << lines.mid(next, b.open - next);
        next = b.close + 1;
        const std::optional<bool> holds = b.condition->matches(versions);
        if (holds == false)
            continue;
        QString head = QStringLiteral("**%1**").arg(b.condition->describe());
        if (holds) {
            QStringList ran;
            for (const QString &s : b.condition->subjects())
                ran << VersionCondition::displayName(s) + QLatin1Char(' ') + versions.value(s);
            head += QStringLiteral(" — your run: %1").arg(ran.join(QLatin1String(", ")));
        }
        // A quote sets the part apart from the prose around it, and a blank line before it
        // keeps it from joining the previous paragraph.
        QStringList body{head, QString()};
        body << lines.mid(b.open + 1, b.close - b.open - 1);
        while (!body.isEmpty() && body.last().trimmed().isEmpty())
            body.removeLast();
        if (!out.isEmpty() && !out.last().trimmed().isEmpty())
            out << QString();
        out << quoted(body) << QString(); // ends the quote before the prose goes on
    }
    out << lines.mid(next);
    return out.join(QLatin1Char('\n'));
}

} // namespace Lessons
