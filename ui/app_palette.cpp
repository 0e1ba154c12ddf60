// SPDX-License-Identifier: GPL-3.0-or-later
#include "app_palette.h"

#include <array>

namespace prime::ui {

QColor appColor(int app) {
    static constexpr std::array<QRgb, 10> k = {0x4e79a7, 0x59a14f, 0x9c755f, 0xb07aa1, 0x76b7b2,
                                               0xedc948, 0xff9da7, 0x2f4b7c, 0x8cd17d, 0xbab0ac};
    return QColor::fromRgb(k[static_cast<std::size_t>(app < 0 ? 0 : app) % k.size()]);
}

QColor reasonColor(int slot) {
    static constexpr std::array<QRgb, 7> k = {0x8c8c8c, 0xe15759, 0xf28e2b, 0xb6992d, 0xd37295, 0x9d7660, 0x6b6b6b};
    return QColor::fromRgb(k[static_cast<std::size_t>(slot < 0 ? 0 : slot) % k.size()]);
}

QColor singleAppColor() { return QColor::fromRgb(0x4e79a7); }

}  // namespace prime::ui
