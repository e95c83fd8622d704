#include "timelineinstants.h"

namespace Ui {

std::vector<InstantCluster> clusterInstants(std::span<const double> xs, double samePx,
                                            double maxExtentPx, double minGapPx)
{
    std::vector<InstantCluster> clusters;
    std::size_t i = 0;
    while (i < xs.size()) {
        std::size_t j = i;
        while (j + 1 < xs.size() && xs[j + 1] - xs[j] < samePx)
            ++j;
        if (j > i && xs[j] - xs[i] <= maxExtentPx) {
            InstantCluster c;
            c.first = i;
            c.last = j;
            c.x0 = xs[i];
            c.x1 = xs[j];
            if (!clusters.empty() && c.x0 - clusters.back().x1 < minGapPx) {
                // One marker for both: everything between them is counted, nothing hidden.
                clusters.back().last = j;
                clusters.back().x1 = c.x1;
            } else {
                clusters.push_back(c);
            }
        }
        i = j + 1;
    }
    return clusters;
}

} // namespace Ui
