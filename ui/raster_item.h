// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A density raster placed in plot coordinates. Unlike QCPItemPixmap it keeps
// no scaled copy: the image is drawn straight into the target rectangle
// (nearest neighbour), so a zoom costs one scaled blit, not a fresh pixmap
// allocation per frame size.
#include <QImage>

#include "qcustomplot.h"

namespace prime::ui {

class RasterItem : public QCPAbstractItem {
    Q_OBJECT
public:
    explicit RasterItem(QCustomPlot* plot);
    void setImage(const QImage& image) { image_ = image; }
    const QImage& image() const { return image_; }

    QCPItemPosition* const topLeft;
    QCPItemPosition* const bottomRight;

    double selectTest(const QPointF&, bool, QVariant* = nullptr) const override { return -1; }

protected:
    void draw(QCPPainter* painter) override;

private:
    QImage image_;
};

}  // namespace prime::ui
