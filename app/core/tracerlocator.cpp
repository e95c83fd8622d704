#include "tracerlocator.h"

#include "resourcepackage.h"

namespace Core {
namespace {

ResourcePackage tracerPackage()
{
    ResourcePackage p;
    p.resourceRoot = QStringLiteral(":/tracer");
    p.package = QStringLiteral("loopscope_tracer");
    p.marker = QStringLiteral("__main__.py");
    p.cacheName = QStringLiteral("tracer");
    p.environmentVariable = QStringLiteral("LOOPSCOPE_TRACER_DIR");
#ifdef LOOPSCOPE_SOURCE_TRACER_DIR
    p.sourceFallback = QStringLiteral(LOOPSCOPE_SOURCE_TRACER_DIR);
#endif
    return p;
}

} // namespace

QString TracerLocator::tracerRoot(QString *error)
{
    return tracerPackage().root(error);
}

QString TracerLocator::tracerScript(QString *error)
{
    return tracerPackage().file(QStringLiteral("__main__.py"), error);
}

} // namespace Core
