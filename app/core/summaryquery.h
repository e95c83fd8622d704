#pragma once
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <utility>
#include <vector>

namespace Core {

//! Reading a run summary (loopscope.run-summary/1) for the expectation rules: what a rule's
//! filters match, and the measures more than one rule or message needs.
namespace SummaryQuery {

double num(const QJsonValue &v, double fallback = 0);
//! The tasks a rule's "coro" and "name" filters select.
QList<QJsonObject> tasksMatching(const QJsonObject &summary, const QJsonObject &rule);
//! Whether one wait fits a rule's "kind", "detail_contains" and "woken_by".
bool waitMatches(const QJsonObject &wait, const QJsonObject &rule);
//! The lines of the rule's "stream" (stdout by default), in order.
QStringList streamLines(const QJsonObject &summary, const QJsonObject &rule);
QStringList stringList(const QJsonValue &v);
//! The largest number of the rule's waits open at one moment (the concurrency rule's measure).
int maxOverlap(const QJsonObject &summary, const QJsonObject &rule);
//! The most intervals open at once, from their edges (time, +1 for a start, -1 for an end).
//! Ends sort before starts at the same instant: one that ends exactly when the next starts
//! ran one after the other, not at once.
int mostOpenAtOnce(std::vector<std::pair<double, int>> edges);

} // namespace SummaryQuery
} // namespace Core
