#include "versioncondition.h"

#include <QRegularExpression>

namespace Lessons {
namespace {

QList<int> parts(const QString &version)
{
    QList<int> out;
    for (const QString &part : version.split(QLatin1Char('.'))) {
        qsizetype digits = 0;
        while (digits < part.size() && part.at(digits).isDigit())
            ++digits;
        out << part.left(digits).toInt();
        if (digits < part.size()) // "0rc1": nothing after a pre-release tag counts
            break;
    }
    return out;
}

} // namespace

QString VersionCondition::displayName(const QString &subject)
{
    static const QHash<QString, QString> known{
        {QStringLiteral("python"), QStringLiteral("Python")},
        {QStringLiteral("fastapi"), QStringLiteral("FastAPI")},
        {QStringLiteral("sqlalchemy"), QStringLiteral("SQLAlchemy")},
        {QStringLiteral("httpx"), QStringLiteral("HTTPX")},
        {QStringLiteral("uvicorn"), QStringLiteral("Uvicorn")},
        {QStringLiteral("starlette"), QStringLiteral("Starlette")},
    };
    return known.value(subject, subject);
}

namespace {

int compareParts(const QList<int> &x, const QList<int> &y)
{
    for (qsizetype i = 0; i < qMax(x.size(), y.size()); ++i) {
        const int p = i < x.size() ? x.at(i) : 0, q = i < y.size() ? y.at(i) : 0;
        if (p != q)
            return p < q ? -1 : 1;
    }
    return 0;
}

} // namespace

int compareVersions(const QString &a, const QString &b)
{
    return compareParts(parts(a), parts(b));
}

std::optional<VersionCondition> VersionCondition::parse(const QString &text, QString *error)
{
    static const QRegularExpression clause(QStringLiteral(
            "^\\s*([A-Za-z][A-Za-z0-9_.-]*)\\s*(>=|<=|==|>|<)\\s*(\\d+(?:\\.\\d+)*)\\s*$"));
    VersionCondition c;
    c.m_text = text.trimmed();
    const QStringList pieces = text.split(QLatin1Char(','));
    for (const QString &piece : pieces) {
        const QRegularExpressionMatch m = clause.match(piece);
        if (!m.hasMatch()) {
            *error = QStringLiteral("\"%1\" is not a version condition like \"python >= 3.12\" "
                                    "or \"fastapi >= 0.106, fastapi < 0.118\"")
                             .arg(piece.trimmed());
            return std::nullopt;
        }
        static const QHash<QString, Op> ops{{QStringLiteral(">="), Op::AtLeast},
                                            {QStringLiteral(">"), Op::After},
                                            {QStringLiteral("<"), Op::Before},
                                            {QStringLiteral("<="), Op::AtMost},
                                            {QStringLiteral("=="), Op::Equal}};
        c.m_clauses << Clause{m.captured(1).toLower(), ops.value(m.captured(2)), m.captured(3)};
    }
    return c;
}

std::optional<bool> VersionCondition::matches(const QHash<QString, QString> &versions) const
{
    bool all = true;
    for (const Clause &c : m_clauses) {
        const QString have = versions.value(c.subject);
        if (have.isEmpty())
            return std::nullopt;
        bool holds = false;
        if (c.op == Op::Equal) {
            // "== 3.12" is every 3.12.x: compare only as many parts as the lesson wrote.
            const QList<int> wanted = parts(c.version);
            holds = compareParts(parts(have).mid(0, wanted.size()), wanted) == 0;
        } else {
            const int order = compareVersions(have, c.version);
            holds = c.op == Op::AtLeast ? order >= 0
                    : c.op == Op::After ? order > 0
                    : c.op == Op::Before ? order < 0
                                         : order <= 0;
        }
        all = all && holds;
    }
    return all;
}

QStringList VersionCondition::subjects() const
{
    QStringList out;
    for (const Clause &c : m_clauses)
        if (!out.contains(c.subject))
            out << c.subject;
    return out;
}

QString VersionCondition::describe() const
{
    QStringList out;
    for (const QString &subject : subjects()) {
        QStringList bounds;
        bool onlyAtLeast = true;
        for (const Clause &c : m_clauses) {
            if (c.subject != subject)
                continue;
            onlyAtLeast = onlyAtLeast && c.op == Op::AtLeast;
            switch (c.op) {
            case Op::AtLeast: bounds << QStringLiteral("from %1").arg(c.version); break;
            case Op::After: bounds << QStringLiteral("after %1").arg(c.version); break;
            case Op::Before: bounds << QStringLiteral("before %1").arg(c.version); break;
            case Op::AtMost: bounds << QStringLiteral("up to %1").arg(c.version); break;
            case Op::Equal: bounds << c.version; break;
            }
        }
        if (onlyAtLeast && bounds.size() == 1)
            out << QStringLiteral("%1 %2 and newer").arg(displayName(subject), bounds.first().mid(5));
        else
            out << displayName(subject) + QLatin1Char(' ') + bounds.join(QLatin1String(", "));
    }
    return out.join(QLatin1String("; "));
}

} // namespace Lessons
