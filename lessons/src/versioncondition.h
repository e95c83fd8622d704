#pragma once
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Lessons {

//! Orders two dotted versions ("3.12.1" vs "3.12"): negative, zero or positive. Missing parts
//! count as 0 and a part is read up to its first non-digit, so "3.13.0rc1" is 3.13.0.
int compareVersions(const QString &a, const QString &b);

//! When a version-specific rule or sentence of a lesson holds: "python >= 3.12",
//! "fastapi >= 0.106, fastapi < 0.118". Every clause must hold. A subject is "python" or a
//! distribution name as importlib.metadata knows it; the operators are >=, >, <, <= and ==
//! ("== 3.12" means any 3.12.x).
class VersionCondition
{
public:
    enum class Op { AtLeast, After, Before, AtMost, Equal };
    struct Clause {
        QString subject;  //!< lowercase: "python", "fastapi"
        Op op = Op::AtLeast;
        QString version;  //!< as written: "3.12"
    };

    //! nullopt with *error set when the text is not a condition.
    static std::optional<VersionCondition> parse(const QString &text, QString *error);

    //! True or false, or nullopt when `versions` ("python" -> "3.13.0", "fastapi" -> "0.92.0")
    //! lacks the version of a subject it names.
    std::optional<bool> matches(const QHash<QString, QString> &versions) const;
    //! The subjects it names, each once, in order.
    QStringList subjects() const;
    //! For a learner: "Python 3.12 and newer", "FastAPI from 0.106, before 0.118".
    QString describe() const;
    //! As written in the lesson.
    QString text() const { return m_text; }
    const QList<Clause> &clauses() const { return m_clauses; }
    //! How a learner reads a subject: "Python", "FastAPI"; other names as written.
    static QString displayName(const QString &subject);

private:
    QString m_text;
    QList<Clause> m_clauses;
};

} // namespace Lessons
