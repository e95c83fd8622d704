#include "preferencesdialog.h"

#include "interpreterfinder.h"
#include "lessonsfolder.h"
#include "mainwindow.h"
#include "presentationmode.h"
#include "uizoom.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Ui {

namespace {

// A line of explanation under a field, in the muted colour, wrapping in a narrow dialog.
QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QSpinBox *percentBox(int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(UiZoom::kMinPercent, UiZoom::kMaxPercent);
    box->setSingleStep(10);
    box->setSuffix(QStringLiteral(" %"));
    box->setValue(value);
    return box;
}

} // namespace

QString PreferencesDialog::settingsFile()
{
    return QDir::toNativeSeparators(QSettings().fileName());
}

PreferencesDialog::PreferencesDialog(MainWindow *window) : QDialog(window), m_window(window)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("themeChoice"));
    m_theme->addItems({tr("Follow the system"), tr("Light"), tr("Dark")});
    m_theme->setCurrentIndex(int(window->theme()));
    connect(m_theme, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_window->setTheme(MainWindow::Theme(i)); });
    form->addRow(tr("&Theme:"), m_theme);

    UiZoom *zoom = window->uiZoom();
    const bool presenting = window->presentation()->isActive();
    const int presentingPercent
            = QSettings()
                      .value(QString::fromLatin1(PresentationMode::kSettingsKey),
                             PresentationMode::kDefaultPercent)
                      .toInt();
    m_zoom = percentBox(presenting ? QSettings().value(QString::fromLatin1(UiZoom::kSettingsKey),
                                                       100).toInt()
                                   : zoom->percent(),
                        this);
    m_zoom->setObjectName(QStringLiteral("textSize"));
    m_presentationZoom = percentBox(presenting ? zoom->percent() : presentingPercent, this);
    m_presentationZoom->setObjectName(QStringLiteral("presentationTextSize"));
    // Each size goes live where it is in use, and is kept for when it is.
    auto sizeChanged = [this](const char *key, bool forPresenting, int percent) {
        if (m_window->presentation()->isActive() == forPresenting)
            m_window->uiZoom()->setPercent(percent);
        else
            QSettings().setValue(QString::fromLatin1(key), percent);
    };
    connect(m_zoom, &QSpinBox::valueChanged, this,
            [sizeChanged](int p) { sizeChanged(UiZoom::kSettingsKey, false, p); });
    connect(m_presentationZoom, &QSpinBox::valueChanged, this,
            [sizeChanged](int p) { sizeChanged(PresentationMode::kSettingsKey, true, p); });
    // Follow Ctrl+= / Ctrl+- while the dialog is open.
    connect(zoom, &UiZoom::changed, this, [this](int percent) {
        QSpinBox *box = m_window->presentation()->isActive() ? m_presentationZoom : m_zoom;
        const QSignalBlocker block(box);
        box->setValue(percent);
    });
    form->addRow(tr("Text &size:"), m_zoom);
    form->addRow(QString(), note(tr("Text, code, the timeline and the panels together; also "
                                    "View ▸ Zoom In / Zoom Out (Ctrl+= / Ctrl+-), Ctrl+0 for "
                                    "100 %."),
                                 this));
    form->addRow(tr("Text size when &presenting:"), m_presentationZoom);
    form->addRow(QString(), note(tr("View ▸ Presentation Mode (F11): full screen with the "
                                    "lesson, the program and the timeline only."),
                                 this));

    m_clock = new QComboBox(this);
    m_clock->setObjectName(QStringLiteral("clockChoice"));
    m_clock->addItems({tr("Real time"), tr("Virtual clock (sleeps take no time)")});
    m_clock->setCurrentIndex(window->defaultVirtualClock() ? 1 : 0);
    connect(m_clock, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_window->setDefaultVirtualClock(i == 1); });
    form->addRow(tr("&Clock:"), m_clock);

    m_threshold = new QSpinBox(this);
    m_threshold->setObjectName(QStringLiteral("blockThreshold"));
    m_threshold->setRange(MainWindow::kMinBlockThresholdMs, MainWindow::kMaxBlockThresholdMs);
    m_threshold->setSingleStep(10);
    m_threshold->setSuffix(tr(" ms"));
    m_threshold->setValue(window->blockThresholdMs());
    connect(m_threshold, &QSpinBox::valueChanged, this,
            [this](int ms) { m_window->setBlockThresholdMs(ms); });
    form->addRow(tr("&Block threshold:"), m_threshold);
    form->addRow(QString(), note(tr("The clock and the threshold are for your own programs "
                                    "(new, opened, the welcome program); a lesson's examples "
                                    "keep their own. A step that holds the loop this long is "
                                    "shown blocked."),
                                 this));

    addInterpreterRow(form);
    addLessonsFolderRow(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note(tr("Changes apply at once. Stored in %1").arg(settingsFile()), this));
    layout->addWidget(buttons);
    resize(std::max(560, sizeHint().width()), sizeHint().height());
}

void PreferencesDialog::addInterpreterRow(QFormLayout *form)
{
    m_python = new QComboBox(this);
    m_python->setObjectName(QStringLiteral("interpreterChoice"));
    m_python->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_python->setMinimumContentsLength(20);
    fillInterpreters();
    connect(m_python, &QComboBox::activated, this, [this](int i) {
        m_window->setPython(m_python->itemData(i).toString());
    });
    auto *other = new QPushButton(tr("Other…"), this);
    connect(other, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Python interpreter"),
                                                          QStringLiteral("/usr/bin"));
        if (path.isEmpty())
            return;
        m_window->setPython(path);
        fillInterpreters();
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_python, 1);
    row->addWidget(other);
    form->addRow(tr("&Interpreter:"), row);
}

void PreferencesDialog::fillInterpreters()
{
    const QSignalBlocker block(m_python);
    m_python->clear();
    m_python->addItem(tr("Automatic (first Python ≥ 3.%1 with the lesson's libraries)")
                              .arg(Core::InterpreterFinder::minimumMinor),
                      QString());
    const QString chosen = m_window->python();
    QStringList found = Core::InterpreterFinder::candidates({});
    if (!chosen.isEmpty() && !found.contains(chosen))
        found.prepend(chosen);
    for (const QString &path : std::as_const(found))
        m_python->addItem(QDir::toNativeSeparators(path), path);
    m_python->setCurrentIndex(std::max(0, m_python->findData(chosen)));
}

void PreferencesDialog::addLessonsFolderRow(QFormLayout *form)
{
    m_folder = new QLabel(this);
    m_folder->setObjectName(QStringLiteral("lessonsFolder"));
    m_folder->setWordWrap(true);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *choose = new QPushButton(tr("Choose…"), this);
    m_closeFolder = new QPushButton(tr("Built-in only"), this);
    m_closeFolder->setToolTip(tr("Close the extra lessons folder"));
    connect(choose, &QPushButton::clicked, this, [this] {
        const auto *folder = m_window->lessonsFolder();
        const QString dir = QFileDialog::getExistingDirectory(
                this, tr("Open lessons folder"), folder ? folder->path() : QString());
        if (!dir.isEmpty())
            m_window->openLessonsFolder(dir);
        showLessonsFolder();
    });
    connect(m_closeFolder, &QPushButton::clicked, this, [this] {
        m_window->closeLessonsFolder();
        showLessonsFolder();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(choose);
    buttons->addWidget(m_closeFolder);
    buttons->addStretch(1);
    auto *column = new QVBoxLayout;
    column->addWidget(m_folder);
    column->addLayout(buttons);
    form->addRow(tr("&Lessons:"), column);
    showLessonsFolder();
}

void PreferencesDialog::showLessonsFolder()
{
    const auto *folder = m_window->lessonsFolder();
    m_folder->setText(folder ? tr("The built-in lessons, then those in %1")
                                       .arg(QDir::toNativeSeparators(folder->path()))
                             : tr("The built-in lessons (File ▸ Open Lessons Folder… adds a "
                                  "folder of your own)"));
    m_closeFolder->setEnabled(folder != nullptr);
}

} // namespace Ui
