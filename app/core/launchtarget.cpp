#include "launchtarget.h"

#include "tracewriter.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QUrl>

namespace Core
{
namespace
{

// Enough of the file to see the magic and to tell text from binary without reading it all.
constexpr qint64 sniffSize = 8192;

bool looksLikeText(const QByteArray &head)
{
    if (head.contains('\0'))
        return false;
    // A stateful decoder keeps a sequence cut at the end of `head` pending instead of calling
    // it an error, so only bytes that are not UTF-8 count.
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(head);
    Q_UNUSED(text)
    return !utf8.hasError();
}

LaunchTarget invalid(const QString &path, const QString &error)
{
    return { LaunchTarget::Kind::Invalid, path, error };
}

} // namespace

bool LaunchTarget::isCommandWord(const QString &word)
{
    static const QStringList commands { QStringLiteral("trace"), QStringLiteral("lessons"),
        QStringLiteral("exercises"), QStringLiteral("check"), QStringLiteral("help") };
    return word.startsWith(QLatin1Char('-')) || commands.contains(word);
}

LaunchTarget LaunchTarget::fromArguments(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return {};
    QString word = arguments.first();
    if (isCommandWord(word))
        return { Kind::Command, {}, {} };
    // Some file managers hand over file:// URLs even to %f launchers.
    if (word.startsWith(QLatin1String("file:")))
        word = QUrl(word).toLocalFile();
    const QFileInfo info(word);
    const bool named = word.contains(QLatin1Char('/')) || info.suffix() == recordingSuffix()
        || info.suffix() == QLatin1String("py");
    if (!info.exists() && !named)
        return { Kind::Command, {}, {} }; // a misspelt command: the command line says so
    const QString path = info.absoluteFilePath();
    if (arguments.size() > 1)
        return invalid(path, QStringLiteral("the window opens one file at a time"));
    if (!info.exists())
        return invalid(path, QStringLiteral("no such file"));
    if (!info.isFile())
        return invalid(path, QStringLiteral("not a file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invalid(path, file.errorString());
    const QByteArray head = file.read(sniffSize);
    // A .lstrace that lost its magic still goes to the recording reader, which says what is
    // wrong with it, instead of showing bytes in the editor.
    if (head.startsWith(TraceWriter::magic()) || info.suffix() == recordingSuffix())
        return { Kind::Recording, path, {} };
    if (!looksLikeText(head))
        return invalid(path, QStringLiteral("neither a Loopscope recording nor a text file"));
    return { Kind::Program, path, {} };
}

} // namespace Core
