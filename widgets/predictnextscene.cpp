#include "predictnextscene.h"

#include "nextpick.h"

#include <QCoreApplication>

namespace Ui {

namespace {

// The free functions below translate in the context named here; lupdate reads it from the macro.
struct PredictText {
    Q_DECLARE_TR_FUNCTIONS(Ui::PredictNextScene)
};

} // namespace

LoopMachineScene concealNext(LoopMachineScene scene, const Core::NextPick &pick)
{
    scene.stageTitle = PredictText::tr("Runs next: your prediction");
    scene.stage.clear();
    scene.stageEmpty = PredictText::tr("? — your pick, then F10");
    scene.why.clear();
    if (scene.boxes.empty())
        return scene;
    LoopBox &ready = scene.boxes.front(); // sceneFromPause puts the ready queue first
    ready.groups.clear();
    ready.ordered = false;
    ready.note = PredictText::tr("order hidden until you step: which is first is what you predict");
    LoopGroup all;
    for (const Core::NextChoice &c : pick.choices()) {
        if (c.place != Core::NextChoice::Place::Next && c.place != Core::NextChoice::Place::Ready)
            continue;
        LoopChip chip;
        chip.kind = ChipKind::Ready;
        chip.task = c.task;
        chip.text = c.task ? c.name : PredictText::tr("callback %1").arg(c.name);
        chip.toolTip = PredictText::tr("%1 is in the ready queue: its place in the queue is hidden until "
                          "you step").arg(c.name);
        all.chips.push_back(std::move(chip));
    }
    if (!all.chips.empty())
        ready.groups.push_back(std::move(all));
    return scene;
}

} // namespace Ui
