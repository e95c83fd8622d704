#pragma once
#include "catalogissue.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace Lessons {

//! A JSON object read from a lesson file, keeping the raw text to point issues at lines. Only
//! a regular file of bounded size inside its own folder (links resolved) is read.
class JsonFile
{
public:
    //! The object, or nullopt with *issue saying where the file is broken (line and column).
    static std::optional<JsonFile> read(const QString &path, CatalogIssue *issue);

    const QJsonObject &object() const { return m_object; }
    const QString &path() const { return m_path; }
    //! An issue in this file at the first line mentioning `hint` (a key or a value), if any.
    //! With `near` (a string value of the entry at fault, e.g. a predict item's question):
    //! the mention of `hint` nearest after it, else nearest before it, so an issue of the
    //! third item of a list points at that item, not at the first.
    CatalogIssue issue(const QString &message, const QString &hint = {},
                       const QString &near = {}) const;
    //! 1-based line and column of a byte offset in the raw text.
    static std::pair<int, int> lineColumn(const QByteArray &raw, qsizetype offset);

private:
    QString m_path;
    QByteArray m_raw;
    QJsonObject m_object;
};

} // namespace Lessons
