#pragma once
#include <cstddef>
#include <span>
#include <vector>

namespace Ui {

//! Events the timeline draws at (nearly) one place: a run of task steps, callbacks, wake-ups
//! and prints so close on screen that their order cannot be seen. The timeline marks each
//! with its count instead of letting them merge silently; clicking it zooms in.
struct InstantCluster {
    std::size_t first = 0, last = 0; //!< the events (in time order) it holds
    double x0 = 0, x1 = 0; //!< plot x of its first and last event
    double t0 = 0, t1 = 0; //!< their trace times
    int steps = 0, wakeups = 0, prints = 0;
    int count() const { return int(last - first + 1); }
};

//! Finds the clusters among events at plot x positions xs (sorted): runs in which each event
//! is less than samePx from the one before. A run of two or more spanning at most
//! maxExtentPx is a cluster (a longer run is spread out enough to show its parts). Clusters
//! less than minGapPx apart, whose markers would overlap, join into one.
//! Only first, last, x0 and x1 are filled in.
std::vector<InstantCluster> clusterInstants(std::span<const double> xs, double samePx,
                                            double maxExtentPx, double minGapPx);

} // namespace Ui
