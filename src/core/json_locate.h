// Maps JSONPath-style locations ("$.publications[2].name") back to line:column in the source text.
// Run only when there is something to report, so loading a clean profile pays nothing for it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace portfolio {

struct TextPosition {
    int line = 0;    // 1-based; 0 = unknown
    int column = 0;  // 1-based, in Unicode code points
};

// Path helpers, so every producer of a path writes the same form.
std::string PathKey(const std::string& parent, std::string_view key);  // $.a.b or $["odd key"]
std::string PathIndex(const std::string& parent, std::size_t index);   // $.a[3]

TextPosition PositionOfOffset(std::string_view text, std::size_t offset);

// For syntactically valid JSON: finds the start of each wanted path's value. Paths that do not exist
// resolve to the nearest existing ancestor (a missing field is reported at its parent object).
std::unordered_map<std::string, TextPosition> LocatePaths(std::string_view text, const std::vector<std::string>& paths);

}  // namespace portfolio
