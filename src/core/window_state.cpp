// The desktop window's size and position, remembered between runs.
#include "core/window_state.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace portfolio {
namespace {

// The integer at `key` when it is one within [lo, hi].
std::optional<int> IntIn(const nlohmann::json& object, const char* key, int lo, int hi) {
    const auto it = object.find(key);
    if (it == object.end() || !it->is_number_integer()) return std::nullopt;
    const double v = it->get<double>();  // exact for the small ranges asked for; no wrap-around of huge unsigned values
    if (v < lo || v > hi) return std::nullopt;
    return static_cast<int>(v);
}

}  // namespace

std::string WindowPlacementJson(const WindowPlacement& p) {
    nlohmann::json out = {{"width", p.width}, {"height", p.height}};
    if (p.has_position) {
        out["x"] = p.x;
        out["y"] = p.y;
    }
    out["maximized"] = p.maximized;
    return out.dump() + "\n";
}

std::optional<WindowPlacement> ParseWindowPlacement(std::string_view text) {
    const nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) return std::nullopt;
    const auto width = IntIn(doc, "width", 200, 16384), height = IntIn(doc, "height", 200, 16384);
    if (!width || !height) return std::nullopt;
    WindowPlacement p;
    p.width = *width;
    p.height = *height;
    const auto x = IntIn(doc, "x", -100000, 100000), y = IntIn(doc, "y", -100000, 100000);
    if (doc.contains("x") || doc.contains("y")) {
        if (!x || !y) return std::nullopt;
        p.has_position = true;
        p.x = *x;
        p.y = *y;
    }
    if (const auto it = doc.find("maximized"); it != doc.end()) {
        if (!it->is_boolean()) return std::nullopt;
        p.maximized = it->get<bool>();
    }
    return p;
}

bool PlacementVisible(const WindowPlacement& p, const std::vector<ScreenRect>& work_areas) {
    if (!p.has_position) return false;
    const long long px = static_cast<long long>(p.x) + std::min(p.width, 200) / 2, py = static_cast<long long>(p.y) + 8;
    return std::any_of(work_areas.begin(), work_areas.end(), [&](const ScreenRect& r) {
        return px >= r.x && px < static_cast<long long>(r.x) + r.width && py >= r.y && py < static_cast<long long>(r.y) + r.height;
    });
}

}  // namespace portfolio
