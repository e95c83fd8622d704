#include "jsonfile.h"

#include "regularfile.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace Lessons {

std::pair<int, int> JsonFile::lineColumn(const QByteArray &raw, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, raw.size());
    const qsizetype lineStart = raw.lastIndexOf('\n', offset - 1) + 1;
    const int line = int(raw.left(offset).count('\n')) + 1;
    // Columns in characters, not bytes, for non-ASCII text.
    const int column = int(QString::fromUtf8(raw.mid(lineStart, offset - lineStart)).size()) + 1;
    return {line, column};
}

std::optional<JsonFile> JsonFile::read(const QString &path, CatalogIssue *issue)
{
    issue->file = path;
    // Only a regular file of bounded size inside its own folder: a FIFO, /dev/zero or a link
    // to somewhere else is a clear issue, not a hang or a crash.
    QString problem;
    std::optional<QByteArray> raw = Core::RegularFile::read(
            path, Core::RegularFile::kMaxTextFile, &problem, QFileInfo(path).path());
    if (!raw) {
        issue->message = QStringLiteral("this file %1").arg(problem);
        return std::nullopt;
    }
    JsonFile out;
    out.m_path = path;
    out.m_raw = std::move(*raw);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out.m_raw, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt reports the offset where it gave up, which for a missing comma is the next token.
        const auto [line, column] = lineColumn(out.m_raw, error.offset);
        issue->line = line;
        issue->column = column;
        issue->message = QStringLiteral("invalid JSON: %1").arg(error.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        issue->line = 1;
        issue->message = QStringLiteral("the file must hold one JSON object {...}");
        return std::nullopt;
    }
    out.m_object = doc.object();
    return out;
}

CatalogIssue JsonFile::issue(const QString &message, const QString &hint,
                              const QString &near) const
{
    CatalogIssue i;
    i.file = m_path;
    i.message = message;
    if (!hint.isEmpty()) {
        const QByteArray needle = QByteArray("\"") + hint.toUtf8() + '"';
        const qsizetype anchor
                = near.isEmpty() ? -1 : m_raw.indexOf(QByteArray("\"") + near.toUtf8() + '"');
        qsizetype at = anchor >= 0 ? m_raw.indexOf(needle, anchor) : -1;
        if (at < 0 && anchor >= 0)
            at = m_raw.lastIndexOf(needle, anchor);
        if (at < 0)
            at = m_raw.indexOf(needle);
        if (at >= 0) {
            const auto [line, column] = lineColumn(m_raw, at);
            i.line = line;
            i.column = column;
        }
    }
    return i;
}

} // namespace Lessons
