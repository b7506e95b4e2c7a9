// The parts an entry of the résumé sections is drawn from (experience, volunteering, education, awards,
// certificates, skills), so every section reads alike. Defined in timeline.cpp.
#pragma once

#include <string>
#include <vector>

#include "ui/view.h"

namespace portfolio::ui {

inline constexpr float kEntryIndent = 28.0f;  // the column left of an entry: the rail, or an entry's icon

// The entry's title (linked when url is set) on the left, dates or a date on the right (below on phones).
void EntryTitleRow(const ViewContext& ctx, const std::string& title, const std::string& url, const std::string& dates, float x,
                   float width);
// Words as soft accent chips that wrap (features, courses, keywords).
void EntryChips(const ViewContext& ctx, const std::vector<std::string>& items, float x, float width);
// Markup lines, each after a bullet (highlights).
void EntryBullets(const ViewContext& ctx, const std::vector<std::string>& items, float x, float width);

}  // namespace portfolio::ui
