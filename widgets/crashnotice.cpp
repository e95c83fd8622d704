#include "crashnotice.h"

#include "flowlayout.h"

#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace Ui {

CrashNotice::CrashNotice(const QString &recordingFolder, bool hasRecording, QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)),
      m_folder(new QPushButton(tr("Open the recording's folder"), this)),
      m_dismiss(new QPushButton(tr("OK"), this))
{
    setObjectName(QStringLiteral("crashNotice"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    QString text = tr("<b>Loopscope did not close properly last time.</b> Your lesson and "
                      "drafts were restored.");
    if (hasRecording)
        text += QLatin1Char(' ')
                + tr("The recording of the last run is kept for a bug report: "
                     "<code>%1</code> (nothing is sent anywhere).")
                          .arg(QDir::toNativeSeparators(recordingFolder).toHtmlEscaped());
    m_text->setText(text);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folder->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    m_folder->setToolTip(tr("Show the folder in the file manager, to attach the recording to a "
                            "bug report"));
    m_folder->setVisible(hasRecording);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_text);
    auto *buttons = new FlowLayout;
    buttons->addWidget(m_folder);
    buttons->addWidget(m_dismiss);
    layout->addLayout(buttons);
    connect(m_folder, &QPushButton::clicked, this, [recordingFolder] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(recordingFolder));
    });
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
}

} // namespace Ui
