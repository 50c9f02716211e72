// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QSize>

class QComboBox;
class QSpinBox;

namespace jikenbo {

// Asks for the format and the size of an exported chart.
class TrendExportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Format { Png, Svg };

    explicit TrendExportDialog(QWidget *parent = nullptr);

    void setImageSize(const QSize &size);
    QSize imageSize() const;
    void setFormat(Format format);
    Format format() const;

private:
    QComboBox *m_formatCombo;
    QComboBox *m_presetCombo;
    QSpinBox *m_widthSpin;
    QSpinBox *m_heightSpin;
};

} // namespace jikenbo
