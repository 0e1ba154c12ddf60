// SPDX-License-Identifier: GPL-3.0-or-later
#include "raster_item.h"

namespace prime::ui {

RasterItem::RasterItem(QCustomPlot* plot)
    : QCPAbstractItem(plot), topLeft(createPosition(QStringLiteral("topLeft"))),
      bottomRight(createPosition(QStringLiteral("bottomRight"))) {
    setSelectable(false);
}

void RasterItem::draw(QCPPainter* painter) {
    if (image_.isNull()) return;
    const QRectF target = QRectF(topLeft->pixelPosition(), bottomRight->pixelPosition()).normalized();
    if (!target.intersects(clipRect())) return;
    // Only the visible part of the image is scaled and drawn.
    const QRectF visible = target.intersected(clipRect());
    const double sx = image_.width() / target.width(), sy = image_.height() / target.height();
    const QRectF source((visible.left() - target.left()) * sx, (visible.top() - target.top()) * sy, visible.width() * sx,
                        visible.height() * sy);
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter->drawImage(visible, image_, source);
    painter->restore();
}

}  // namespace prime::ui
