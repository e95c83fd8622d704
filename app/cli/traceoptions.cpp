#include "traceoptions.h"

#include <cmath>

namespace Cli {

TraceOptionsParse parseTraceOptions(const QStringList &words)
{
    TraceOptionsParse result;
    TraceOptions o;
    auto fail = [&](const QString &message) {
        result.error = message;
        return result;
    };
    int i = 0;
    const int n = int(words.size());
    // Splits "--opt=value" and fetches the value from the next word otherwise.
    auto value = [&](const QString &word, QString *out) -> bool {
        const qsizetype eq = word.indexOf(QLatin1Char('='));
        if (word.startsWith(QLatin1String("--")) && eq > 0) {
            *out = word.mid(eq + 1);
            return true;
        }
        if (i + 1 >= n)
            return false;
        *out = words.at(++i);
        return true;
    };
    bool haveTarget = false;
    for (; i < n; ++i) {
        const QString word = words.at(i);
        const QString name = word.section(QLatin1Char('='), 0, 0);
        QString v;
        if (word == QLatin1String("--")) {
            ++i;
            break;
        }
        if (word == QLatin1String("-h") || word == QLatin1String("--help")) {
            result.help = true;
            return result;
        }
        if (word == QLatin1String("--virtual-clock")) {
            o.virtualClock = true;
        } else if (word == QLatin1String("--lab")) {
            o.lab = true;
        } else if (word == QLatin1String("-m")) {
            if (i + 1 >= n)
                return fail(QStringLiteral("-m needs a module name"));
            o.module = words.at(++i);
            ++i;
            haveTarget = true;
            break;
        } else if (word.startsWith(QLatin1String("-m")) && word.size() > 2
                   && !word.startsWith(QLatin1String("--"))) {
            o.module = word.mid(2); // -mmodule, as python3 accepts
            ++i;
            haveTarget = true;
            break;
        } else if (name == QLatin1String("--summary") || name == QLatin1String("--chrome")
                   || name == QLatin1String("--record") || name == QLatin1String("--python")
                   || name == QLatin1String("--replay") || name == QLatin1String("--require")
                   || name == QLatin1String("--timeout")
                   || name == QLatin1String("--step-script")
                   || name == QLatin1String("--block-threshold-ms")) {
            if (!value(word, &v) || v.isEmpty())
                return fail(QStringLiteral("%1 needs a value").arg(name));
            if (name == QLatin1String("--summary"))
                o.summary = v;
            else if (name == QLatin1String("--chrome"))
                o.chrome = v;
            else if (name == QLatin1String("--record"))
                o.record = v;
            else if (name == QLatin1String("--python"))
                o.python = v;
            else if (name == QLatin1String("--replay"))
                o.replay = v;
            else if (name == QLatin1String("--step-script"))
                o.stepScript = v;
            else if (name == QLatin1String("--require"))
                o.require << v.split(QLatin1Char(','), Qt::SkipEmptyParts);
            else if (name == QLatin1String("--timeout")) {
                // Checked before it becomes milliseconds in an int: 2200000 s once overflowed
                // into an instant timeout, inf into the same, and nan into none at all.
                bool ok = false;
                o.timeoutSeconds = v.toDouble(&ok);
                if (!ok || !std::isfinite(o.timeoutSeconds) || o.timeoutSeconds < 0.001
                    || o.timeoutSeconds > kMaxTimeoutSeconds)
                    return fail(QStringLiteral("--timeout needs a number of seconds from 0.001 "
                                               "to %1 (a week), not '%2'")
                                        .arg(kMaxTimeoutSeconds).arg(v));
            } else {
                bool ok = false;
                o.blockThresholdMs = v.toInt(&ok);
                if (!ok || o.blockThresholdMs <= 0)
                    return fail(QStringLiteral("--block-threshold-ms needs a positive whole "
                                               "number, not '%1'").arg(v));
            }
        } else if (word.startsWith(QLatin1Char('-')) && word != QLatin1String("-")) {
            return fail(QStringLiteral("unknown option '%1' (see loopscope trace --help)")
                                .arg(word));
        } else {
            o.program = word;
            ++i;
            haveTarget = true;
            break;
        }
    }
    if (!haveTarget && i < n) { // after "--"
        o.program = words.at(i++);
        haveTarget = true;
    }
    for (; i < n; ++i)
        o.arguments << words.at(i);
    if (!o.replay.isEmpty()) {
        if (haveTarget)
            return fail(QStringLiteral("--replay takes a recording, not a program"));
    } else if (!haveTarget) {
        return fail(QStringLiteral("no program given (loopscope trace [OPTIONS] PROGRAM "
                                   "[ARGS...] or -m MODULE [ARGS...])"));
    }
    result.options = o;
    return result;
}

int timeoutMilliseconds(const TraceOptions &options)
{
    return options.timeoutSeconds > 0 ? qMax(1, qRound(options.timeoutSeconds * 1000)) : 0;
}

} // namespace Cli
