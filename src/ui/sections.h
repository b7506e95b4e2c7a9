// The page's sections as one table, in page order: the section loop (app.cpp), the top bar's links
// (header.cpp), the router's scroll targets, the embed names and the text the font atlas covers all
// read it. A new section is its model and loader (core/), its view file here (ui/<name>.cpp: a Show
// and a Text function) and one row in sections.cpp.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "ui/view.h"

namespace portfolio::ui {

struct SectionRow {
    const char* id;         // the scroll anchor, route path and state-JSON name: "publications"
    const char* nav_label;  // the top bar's link, nullptr for none; rows with one label share a link (to the first shown)
    // The embed name (?embed=...) that shows this row alone with the others of that name, nullptr when the
    // section is only part of the whole page (?embed=all).
    const char* embed;
    bool (*present)(const Profile& profile);                   // whether it has anything to show
    void (*show)(const ViewContext& ctx);                      // draws it at the cursor, leaves the cursor below it
    void (*text)(const Profile& profile, std::string& out);    // appends every string it can draw (for the font atlas)
};

std::span<const SectionRow> Sections();
const SectionRow* FindSection(std::string_view id);
// Whether `name` is something ?embed= can show: "all" or a row's embed name.
bool IsEmbedName(std::string_view name);
// Every character the profile's text uses, for the font atlas: each row's text.
std::string CollectProfileText(const Profile& profile);

// The page around the sections.
void ShowNavigation(const ViewContext& ctx, bool& toggle_theme);  // top bar: section links and theme switch
void ShowDiagnostics(const ViewContext& ctx);                     // problems found in the profile, if any
void ShowFooter(const ViewContext& ctx);
void ShowVisitorBanner(const ViewContext& ctx);     // web: the visitor's own file on screen, and the way back
void ShowOwnProfileInvite(const ViewContext& ctx);  // web: the footer's "Open a file" for the visitor's own data

// Shared by header and contact: the owner's social and scholarly profiles as icon buttons.
void ShowProfileIcons(const ViewContext& ctx, const char* id_prefix);
// The icon for a link type ("paper", "code", ...) or a network ("GitHub", ...).
const char* IconForLinkType(std::string_view type);
const char* IconForNetwork(std::string_view network);

}  // namespace portfolio::ui
