#include "harnesslocator.h"

#include "resourcepackage.h"

namespace Core {

QString HarnessLocator::harnessRoot(QString *error)
{
    ResourcePackage p;
    p.resourceRoot = QStringLiteral(":/harness");
    p.package = QStringLiteral("loopscope_harness");
    p.marker = QStringLiteral("__init__.py");
    p.cacheName = QStringLiteral("harness");
    p.environmentVariable = QStringLiteral("LOOPSCOPE_HARNESS_DIR");
#ifdef LOOPSCOPE_SOURCE_HARNESS_DIR
    p.sourceFallback = QStringLiteral(LOOPSCOPE_SOURCE_HARNESS_DIR);
#endif
    return p.root(error);
}

} // namespace Core
