// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrendExportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jikenbo {

TrendExportDialog::TrendExportDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"trendExportDialog"_s);
    setWindowTitle(tr("Export Chart"));

    m_formatCombo = new QComboBox(this);
    m_formatCombo->setObjectName(u"formatComboBox"_s);
    m_formatCombo->addItem(tr("PNG image"), int(Format::Png));
    m_formatCombo->addItem(tr("SVG drawing"), int(Format::Svg));

    m_presetCombo = new QComboBox(this);
    m_presetCombo->setObjectName(u"sizePresetComboBox"_s);
    const QList<QSize> presets{{1280, 720},  {1600, 900}, {1920, 1080},
                               {2560, 1440}, {1024, 768}, {800, 600}};
    for (const QSize &s : presets)
        m_presetCombo->addItem(tr("%1 × %2").arg(s.width()).arg(s.height()), s);
    m_presetCombo->addItem(tr("Custom"), QSize());

    m_widthSpin = new QSpinBox(this);
    m_widthSpin->setObjectName(u"widthSpinBox"_s);
    m_heightSpin = new QSpinBox(this);
    m_heightSpin->setObjectName(u"heightSpinBox"_s);
    for (QSpinBox *s : {m_widthSpin, m_heightSpin}) {
        s->setRange(200, 8000);
        s->setSuffix(tr(" px"));
        s->setAccelerated(true);
    }
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_widthSpin);
    sizeRow->addWidget(new QLabel(tr("×"), this));
    sizeRow->addWidget(m_heightSpin);
    sizeRow->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_formatCombo);
    form->addRow(tr("&Size:"), m_presetCombo);
    form->addRow(QString(), sizeRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_presetCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QSize s = m_presetCombo->currentData().toSize();
        if (s.isValid())
            setImageSize(s);
    });
    auto toCustom = [this] {
        const int i = m_presetCombo->findData(imageSize());
        QSignalBlocker b(m_presetCombo);
        m_presetCombo->setCurrentIndex(i >= 0 ? i : m_presetCombo->count() - 1);
    };
    connect(m_widthSpin, &QSpinBox::valueChanged, this, toCustom);
    connect(m_heightSpin, &QSpinBox::valueChanged, this, toCustom);
    setImageSize(QSize(1600, 900));
}

void TrendExportDialog::setImageSize(const QSize &size)
{
    {
        QSignalBlocker bw(m_widthSpin);
        QSignalBlocker bh(m_heightSpin);
        m_widthSpin->setValue(size.width());
        m_heightSpin->setValue(size.height());
    }
    const int i = m_presetCombo->findData(size);
    QSignalBlocker b(m_presetCombo);
    m_presetCombo->setCurrentIndex(i >= 0 ? i : m_presetCombo->count() - 1);
}

QSize TrendExportDialog::imageSize() const
{
    return QSize(m_widthSpin->value(), m_heightSpin->value());
}

void TrendExportDialog::setFormat(Format format)
{
    m_formatCombo->setCurrentIndex(m_formatCombo->findData(int(format)));
}

TrendExportDialog::Format TrendExportDialog::format() const
{
    return Format(m_formatCombo->currentData().toInt());
}

} // namespace jikenbo
